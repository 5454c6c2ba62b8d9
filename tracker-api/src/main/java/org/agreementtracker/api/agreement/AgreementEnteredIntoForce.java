package org.agreementtracker.api.agreement;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record AgreementEnteredIntoForce(String agreementId, LocalDate effectiveOn) implements AgreementEvent {
}
