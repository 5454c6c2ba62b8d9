package org.agreementtracker.api.agreement;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record AgreementAnnounced(String agreementId, LocalDate announcedOn, String note) implements AgreementEvent {
}
