package org.agreementtracker.agreement;

import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.RefusalCode;
import org.agreementtracker.api.review.ActionItem;
import org.agreementtracker.api.review.ActionItemCompleted;
import org.agreementtracker.api.review.ReviewCorrected;
import org.agreementtracker.api.review.ReviewRecorded;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The committee's reviews of an agreement and the action items they decided: an entity of the {@link Agreement}
 * ({@code @AggregateMember}) that keeps its own state from its own events and answers what the agreement's rules ask
 * of it. The agreement's commands stay on the agreement, which knows its status and parties.
 */
class Reviews {

    private Set<String> reviewIds = new HashSet<>();
    /** Each review as it stands (corrected or not), by the sequence number of the event that recorded it. */
    private Map<Long, ReviewRecorded> recorded = new LinkedHashMap<>();
    private Map<String, ActionItemState> actionItems = new HashMap<>();

    /** What the agreement remembers of an action item. */
    record ActionItemState(String reviewId, LocalDate decidedOn, boolean completed) {
    }

    void refuseIfRecorded(String reviewId, String ref) {
        if (reviewIds.contains(reviewId)) {
            throw new AgreementRuleViolation(RefusalCode.DUPLICATE_ID, "reviewId",
                                             "Agreement " + ref + " already has a review " + reviewId);
        }
    }

    ActionItemState actionItem(String actionId, String ref) {
        ActionItemState item = actionId == null ? null : actionItems.get(actionId);
        if (item == null) {
            throw new AgreementRuleViolation(RefusalCode.UNKNOWN_ACTION_ITEM, "actionId",
                                             "Agreement " + ref + " has no action item " + actionId);
        }
        return item;
    }

    /** The review as it stands, by its id; {@code null} when there is none. */
    ReviewRecorded review(String reviewId) {
        return recorded.values().stream().filter(review -> review.reviewId().equals(reviewId)).findFirst()
                       .orElse(null);
    }

    /** The review recorded by the event at {@code sequence}, as it stands; {@code null} if that event is no review. */
    ReviewRecorded at(long sequence) {
        return recorded.get(sequence);
    }

    @EventSourcingHandler
    void on(ReviewRecorded event, @SequenceNumber long sequence) {
        reviewIds.add(event.reviewId());
        recorded.put(sequence, event);
        for (ActionItem action : event.actions()) {
            actionItems.put(action.actionId(), new ActionItemState(event.reviewId(), event.reviewedOn(), false));
        }
    }

    @EventSourcingHandler
    void on(ReviewCorrected event) {
        recorded.computeIfPresent(event.correctedSequence(), (at, original) -> new ReviewRecorded(
                original.agreementId(), original.reviewId(), original.reviewedOn(), event.score(), event.confidence(),
                event.findings(), original.actions(), original.classification()));
    }

    @EventSourcingHandler
    void on(ActionItemCompleted event) {
        ActionItemState item = actionItems.get(event.actionId());
        actionItems.put(event.actionId(), new ActionItemState(item.reviewId(), item.decidedOn(), true));
    }
}
