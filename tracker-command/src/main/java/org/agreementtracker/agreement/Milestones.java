package org.agreementtracker.agreement;

import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.RefusalCode;
import org.agreementtracker.api.milestone.LatestReports;
import org.agreementtracker.api.milestone.MilestoneCancelled;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.MilestoneReportCorrected;
import org.agreementtracker.api.milestone.MilestoneRescheduled;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An agreement's milestones and the reports on them: an entity of the {@link Agreement} ({@code @AggregateMember})
 * that keeps its own state from its own events and answers what the agreement's rules ask of it. The commands stay
 * on the agreement, whose status, parties and dates decide whether a plan or a report is admissible.
 */
class Milestones {

    private Map<String, Milestone> planned = new LinkedHashMap<>();
    private Set<String> reportIds = new HashSet<>();
    /** Each report as it stands (corrected or not), by the sequence number of the event that recorded it, in order. */
    private Map<Long, MilestoneProgressReported> reports = new LinkedHashMap<>();

    Milestone milestone(String milestoneId, String ref) {
        Milestone milestone = milestoneId == null ? null : planned.get(milestoneId);
        if (milestone == null) {
            throw new AgreementRuleViolation(RefusalCode.UNKNOWN_MILESTONE, "milestoneId",
                                             "Agreement " + ref + " has no milestone " + milestoneId);
        }
        return milestone;
    }

    void refuseIfPlanned(String milestoneId, String ref) {
        if (planned.containsKey(milestoneId)) {
            throw new AgreementRuleViolation(RefusalCode.DUPLICATE_ID, "milestoneId",
                                             "Agreement " + ref + " already has a milestone " + milestoneId);
        }
    }

    void refuseIfReported(String reportId, String ref) {
        if (reportIds.contains(reportId)) {
            throw new AgreementRuleViolation(RefusalCode.DUPLICATE_ID, "reportId",
                                             "Agreement " + ref + " already has a report " + reportId);
        }
    }

    /** The report recorded by the event at {@code sequence}, as it stands; {@code null} if that event is no report. */
    MilestoneProgressReported reportAt(long sequence) {
        return reports.get(sequence);
    }

    /**
     * A milestone's accounts folded again, in the order recorded, from its reports as they stand with the one at
     * {@code correctedSequence} read as {@code corrected}.
     */
    LatestReports accountsOf(String milestoneId, long correctedSequence, MilestoneProgressReported corrected) {
        LatestReports accounts = LatestReports.none();
        for (Map.Entry<Long, MilestoneProgressReported> report : reports.entrySet()) {
            if (report.getValue().milestoneId().equals(milestoneId)) {
                MilestoneProgressReported standing = report.getKey() == correctedSequence ? corrected
                        : report.getValue();
                accounts = accounts.with(standing.toSideReport());
            }
        }
        return accounts;
    }

    @EventSourcingHandler
    void on(MilestonePlanned event) {
        planned.put(event.milestoneId(), Milestone.planned(event));
    }

    @EventSourcingHandler
    void on(MilestoneRescheduled event) {
        change(event.milestoneId(), milestone -> milestone.rescheduledTo(event.newDueOn()));
    }

    @EventSourcingHandler
    void on(MilestoneCancelled event) {
        change(event.milestoneId(), Milestone::cancel);
    }

    @EventSourcingHandler
    void on(MilestoneProgressReported event, @SequenceNumber long sequence) {
        reportIds.add(event.reportId());
        reports.put(sequence, event);
        change(event.milestoneId(), milestone -> milestone.record(event.toSideReport()));
    }

    @EventSourcingHandler
    void on(MilestoneReportCorrected event) {
        reports.computeIfPresent(event.correctedSequence(), (at, original) -> Corrections.asCorrected(original, event));
        change(event.milestoneId(), milestone -> milestone.withReports(event.accounts()));
    }

    private void change(String milestoneId, UnaryOperator<Milestone> change) {
        planned.computeIfPresent(milestoneId, (id, milestone) -> change.apply(milestone));
    }
}
