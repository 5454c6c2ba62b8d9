package org.agreementtracker.api.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;
import java.util.List;

/**
 * The committee's review of an agreement (API: {@code POST /agreements/{id}/reviews}); {@code reviewId} is chosen
 * by the caller (a UUID).
 */
public record RecordReview(@TargetAggregateIdentifier String agreementId,
                           String reviewId,
                           LocalDate reviewedOn,
                           ImplementationScore score,
                           Confidence confidence,
                           String findings,
                           List<ActionDecision> actions,
                           @TargetAggregateVersion Long expectedVersion) {

    public RecordReview {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public RecordReview(String agreementId, String reviewId, LocalDate reviewedOn, ImplementationScore score,
                        Confidence confidence, String findings, List<ActionDecision> actions) {
        this(agreementId, reviewId, reviewedOn, score, confidence, findings, actions, null);
    }
}
