package org.agreementtracker.api.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;
import java.util.List;

/** Records the signature of an instrument (API: {@code POST /agreements/{id}/signature}). */
public record SignAgreement(@TargetAggregateIdentifier String agreementId,
                            LocalDate signedOn,
                            String place,
                            List<Signatory> signatories,
                            @TargetAggregateVersion Long expectedVersion) {

    public SignAgreement {
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
    }

    public SignAgreement(String agreementId, LocalDate signedOn, String place, List<Signatory> signatories) {
        this(agreementId, signedOn, place, signatories, null);
    }
}
