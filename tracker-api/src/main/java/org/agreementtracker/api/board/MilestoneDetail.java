package org.agreementtracker.api.board;

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
                              List<ReportEntry> reports) {
}
