package org.agreementtracker.api.review;

import org.agreementtracker.api.agreement.AgreementEvent;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record ActionItemCompleted(String agreementId, String reviewId, String actionId, LocalDate completedOn,
                                  String note) implements AgreementEvent {
}
