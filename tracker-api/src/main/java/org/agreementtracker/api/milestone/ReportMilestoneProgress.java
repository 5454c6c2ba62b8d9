package org.agreementtracker.api.milestone;

import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.classification.Classification;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One side's statement about a milestone (API: {@code POST /agreements/{id}/milestones/{mid}/reports}).
 *
 * @param reportId   chosen by the caller (a UUID), so a later correction can name the report
 * @param reportedBy the authenticated user, from the security context, never from the request body
 * @param onBehalfOf the body whose account this is: for a MINISTRY officer their own body (may be left
 *                   {@code null}); for a COMMITTEE member the owner (the default when {@code null}) or a party body,
 *                   which also says for which side (that body's country) the committee reports
 * @param classification {@code null}: the milestone's; else raises it for the report's note, evidence and who
 *                   reported it ({@link MilestoneProgressReported})
 */
public record ReportMilestoneProgress(@TargetAggregateIdentifier String agreementId,
                                      String milestoneId,
                                      String reportId,
                                      Actor reportedBy,
                                      String onBehalfOf,
                                      LocalDate occurredOn,
                                      ReportStatus status,
                                      Integer progressPercent,
                                      BigDecimal indicatorValue,
                                      String note,
                                      List<Evidence> evidence,
                                      Classification classification,
                                      @TargetAggregateVersion Long expectedVersion) {

    public ReportMilestoneProgress {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public ReportMilestoneProgress(String agreementId, String milestoneId, String reportId, Actor reportedBy,
                                   String onBehalfOf, LocalDate occurredOn, ReportStatus status,
                                   Integer progressPercent, BigDecimal indicatorValue, String note,
                                   List<Evidence> evidence) {
        this(agreementId, milestoneId, reportId, reportedBy, onBehalfOf, occurredOn, status, progressPercent,
             indicatorValue, note, evidence, null, null);
    }
}
