package org.agreementtracker.api.review;

import org.agreementtracker.api.agreement.AgreementEvent;
import org.agreementtracker.api.classification.Classification;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record ReviewRecorded(String agreementId,
                             String reviewId,
                             LocalDate reviewedOn,
                             ImplementationScore score,
                             Confidence confidence,
                             String findings,
                             List<ActionItem> actions,
                             Classification classification) implements AgreementEvent {

    public ReviewRecorded {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    public ReviewRecorded(String agreementId, String reviewId, LocalDate reviewedOn, ImplementationScore score,
                          Confidence confidence, String findings, List<ActionItem> actions) {
        this(agreementId, reviewId, reviewedOn, score, confidence, findings, actions, null);
    }
}
