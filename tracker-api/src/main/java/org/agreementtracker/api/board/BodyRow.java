package org.agreementtracker.api.board;

import org.agreementtracker.api.milestone.ReportStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A body's record over the milestones it owns: {@code open} and {@code achieved} (see
 * {@link org.agreementtracker.api.milestone.MilestoneStatus#open()} and {@code achieved()}) partition its live
 * milestones; {@code overdue} are the open ones past due.
 *
 * @param lastReport the latest report this body's account was given in (by business date), {@code null} if none
 */
public record BodyRow(String body,
                      String country,
                      String name,
                      int open,
                      int overdue,
                      int achieved,
                      LastReport lastReport) {

    public record LastReport(String agreementId,
                             String agreementRef,
                             String milestoneId,
                             ReportStatus status,
                             LocalDate occurredOn,
                             Instant recordedAt) {
    }
}
