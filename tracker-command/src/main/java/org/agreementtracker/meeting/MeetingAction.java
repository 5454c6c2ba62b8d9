package org.agreementtracker.meeting;

import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.RefusalCode;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.meeting.ActionDropped;
import org.agreementtracker.api.meeting.ActionProgressReported;
import org.agreementtracker.api.meeting.ActionReportStatus;
import org.agreementtracker.api.meeting.ActionStatus;
import org.agreementtracker.api.review.ActionItem;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.EntityId;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * An action item a meeting's decision gave a body: an entity of the {@link Meeting} ({@code @AggregateMember}) that
 * keeps its own state from its own events: open until its owner reports it DONE or the committee drops it.
 */
class MeetingAction {

    @EntityId
    private final String actionId;
    private final String owner;
    private final String ownerSide;
    private final Classification classification;
    private final Set<String> reportIds = new HashSet<>();
    private ActionStatus status = ActionStatus.OPEN;

    MeetingAction(ActionItem item, Classification classification) {
        this.actionId = item.actionId();
        this.owner = item.owner();
        this.ownerSide = item.ownerSide();
        this.classification = classification;
    }

    String actionId() {
        return actionId;
    }

    String owner() {
        return owner;
    }

    String ownerSide() {
        return ownerSide;
    }

    Classification classification() {
        return classification;
    }

    void refuseIfReported(String reportId) {
        if (reportIds.contains(reportId)) {
            throw new AgreementRuleViolation(RefusalCode.DUPLICATE_ID, "reportId",
                                             "Action item " + actionId + " already has a report " + reportId);
        }
    }

    void refuseIfClosed(String what) {
        if (status.closed()) {
            throw new AgreementRuleViolation(RefusalCode.ACTION_ITEM_CLOSED, "Action item " + actionId + " is "
                    + status + "; it can no longer be " + what);
        }
    }

    /** Equal when in the same state: Axon's test fixture compares an aggregate sourced again with the one it ran. */
    @Override
    public boolean equals(Object other) {
        return other instanceof MeetingAction that && actionId.equals(that.actionId) && owner.equals(that.owner)
               && ownerSide.equals(that.ownerSide) && Objects.equals(classification, that.classification)
               && reportIds.equals(that.reportIds) && status == that.status;
    }

    @Override
    public int hashCode() {
        return actionId.hashCode();
    }

    @EventSourcingHandler
    void on(ActionProgressReported event) {
        if (!actionId.equals(event.actionId())) {
            return;
        }
        reportIds.add(event.reportId());
        if (event.status() == ActionReportStatus.DONE) {
            status = ActionStatus.DONE;
        }
    }

    @EventSourcingHandler
    void on(ActionDropped event) {
        if (actionId.equals(event.actionId())) {
            status = ActionStatus.DROPPED;
        }
    }
}
