package org.agreementtracker.api.review;

import org.agreementtracker.api.agreement.AgreementEvent;
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
                             List<ActionItem> actions) implements AgreementEvent {

    public ReviewRecorded {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
