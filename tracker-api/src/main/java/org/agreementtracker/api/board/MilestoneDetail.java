package org.agreementtracker.api.board;

import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.Redactable;
import org.agreementtracker.api.classification.Withheld;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.milestone.Reconciliation;

import java.time.LocalDate;
import java.util.List;

/**
 * A milestone in an agreement's detail.
 *
 * @param dueOn              the current due date
 * @param dueDateHistory     every reschedule, oldest first (the original due date is the first one's previous date)
 * @param status             the reconciled status, or CANCELLED
 * @param cancellationReason {@code null} unless cancelled
 * @param reconciliation     each side's latest account, the indicator's reading and the progress
 * @param reports            every report, in the order recorded
 * @param classification     its own joined with its agreement's, for a reader who may read it
 * @param withheld           {@code null} unless the reader may not read it; then nothing but its id is given
 */
public record MilestoneDetail(String milestoneId,
                              String title,
                              String owner,
                              String ownerSide,
                              int weight,
                              Indicator indicator,
                              LocalDate dueOn,
                              List<DueDateChange> dueDateHistory,
                              MilestoneStatus status,
                              boolean overdue,
                              String cancellationReason,
                              Reconciliation reconciliation,
                              List<ReportEntry> reports,
                              Classification classification,
                              Withheld withheld) implements Redactable {

    /** The milestone in place of one the reader may not read. */
    public static MilestoneDetail withheld(String milestoneId, Withheld withheld) {
        return new MilestoneDetail(milestoneId, null, null, null, 0, null, null, null, null, false, null, null, null,
                                   null, withheld);
    }

    /** This milestone as a reader who may read it sees it: classified, with {@code reports} as they may see them. */
    public MilestoneDetail classified(Classification classification, List<ReportEntry> reports) {
        return new MilestoneDetail(milestoneId, title, owner, ownerSide, weight, indicator, dueOn, dueDateHistory,
                                   status, overdue, cancellationReason, reconciliation, reports, classification, null);
    }

    @Override
    public String withheldId() {
        return milestoneId;
    }
}
