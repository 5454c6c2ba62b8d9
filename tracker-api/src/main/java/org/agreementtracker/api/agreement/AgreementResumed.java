package org.agreementtracker.api.agreement;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record AgreementResumed(String agreementId, LocalDate effectiveOn, String reason) implements AgreementEvent {
}
