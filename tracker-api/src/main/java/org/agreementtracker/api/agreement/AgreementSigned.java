package org.agreementtracker.api.agreement;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

@Revision("1")
public record AgreementSigned(String agreementId, LocalDate signedOn, String place, List<Signatory> signatories)
        implements AgreementEvent {

    public AgreementSigned {
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
    }
}
