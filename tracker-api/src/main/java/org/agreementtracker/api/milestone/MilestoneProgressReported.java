package org.agreementtracker.api.milestone;

import org.agreementtracker.api.actor.Actor;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A side reported on a milestone. {@code side} and {@code body} say whose account it is (reconciliation compares
 * sides); {@code reportedBy} says who entered it (the ministry officer, or a committee member on a body's behalf).
 * SHA-256 digests are lower case.
 */
@Revision("1")
public record MilestoneProgressReported(String agreementId,
                                        String milestoneId,
                                        String reportId,
                                        String side,
                                        String body,
                                        Actor reportedBy,
                                        LocalDate occurredOn,
                                        ReportStatus status,
                                        Integer progressPercent,
                                        BigDecimal indicatorValue,
                                        String note,
                                        List<Evidence> evidence) implements MilestoneEvent {

    public MilestoneProgressReported {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** What reconciliation needs of this report. */
    public SideReport toSideReport() {
        return new SideReport(side, occurredOn, status, progressPercent, indicatorValue);
    }
}
