package org.agreementtracker.api.board;

import org.agreementtracker.api.classification.Redactable;
import org.agreementtracker.api.classification.Withheld;
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
                             Instant recordedAt,
                             Withheld withheld) implements Redactable {

        public LastReport(String agreementId, String agreementRef, String milestoneId, ReportStatus status,
                          LocalDate occurredOn, Instant recordedAt) {
            this(agreementId, agreementRef, milestoneId, status, occurredOn, recordedAt, null);
        }

        /** The report in place of one on a milestone the reader may not read. */
        public static LastReport withheld(String milestoneId, Withheld withheld) {
            return new LastReport(null, null, milestoneId, null, null, null, withheld);
        }

        @Override
        public String withheldId() {
            return milestoneId;
        }
    }

    /** The same row with {@code lastReport} in place of its own. */
    public BodyRow withLastReport(LastReport lastReport) {
        return new BodyRow(body, country, name, open, overdue, achieved, lastReport);
    }
}
