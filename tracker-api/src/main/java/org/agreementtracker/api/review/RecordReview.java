package org.agreementtracker.api.review;

import org.agreementtracker.api.classification.Classification;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;
import java.util.List;

/**
 * The committee's review of an agreement (API: {@code POST /agreements/{id}/reviews}); {@code reviewId} is chosen
 * by the caller (a UUID).
 *
 * @param classification {@code null}: the agreement's; else raises it for the review's findings and action items (its
 *                       score and confidence, which the boards count and filter on, stay the agreement's)
 */
public record RecordReview(@TargetAggregateIdentifier String agreementId,
                           String reviewId,
                           LocalDate reviewedOn,
                           ImplementationScore score,
                           Confidence confidence,
                           String findings,
                           List<ActionDecision> actions,
                           Classification classification,
                           @TargetAggregateVersion Long expectedVersion) {

    public RecordReview {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public RecordReview(String agreementId, String reviewId, LocalDate reviewedOn, ImplementationScore score,
                        Confidence confidence, String findings, List<ActionDecision> actions) {
        this(agreementId, reviewId, reviewedOn, score, confidence, findings, actions, null, null);
    }
}
