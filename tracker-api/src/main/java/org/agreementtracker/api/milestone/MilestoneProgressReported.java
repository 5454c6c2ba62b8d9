package org.agreementtracker.api.milestone;

import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.classification.Classification;
import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A side reported on a milestone. {@code side} and {@code body} say whose account it is (reconciliation compares
 * sides); {@code reportedBy} says who entered it (the ministry officer, or a committee member on a body's behalf).
 * SHA-256 digests are lower case. {@code classification} is {@code null} when the report has its milestone's (and in
 * events recorded before reports had one); else what it raises its milestone's to, for who reported it, its note and
 * its evidence (its status, progress and value, which the milestone's reconciled state is made of, stay the
 * milestone's).
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
                                        List<Evidence> evidence,
                                        Classification classification) implements MilestoneEvent {

    public MilestoneProgressReported {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public MilestoneProgressReported(String agreementId, String milestoneId, String reportId, String side,
                                     String body, Actor reportedBy, LocalDate occurredOn, ReportStatus status,
                                     Integer progressPercent, BigDecimal indicatorValue, String note,
                                     List<Evidence> evidence) {
        this(agreementId, milestoneId, reportId, side, body, reportedBy, occurredOn, status, progressPercent,
             indicatorValue, note, evidence, null);
    }

    /** What reconciliation needs of this report. */
    public SideReport toSideReport() {
        return new SideReport(side, occurredOn, status, progressPercent, indicatorValue);
    }
}
