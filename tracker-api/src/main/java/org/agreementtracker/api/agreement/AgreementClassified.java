package org.agreementtracker.api.agreement;

import org.agreementtracker.api.classification.Classification;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An agreement was classified anew: raised or lowered from {@code previous} to {@code classification}, for
 * {@code reason}; who did it and when are the event's metadata and timestamp.
 *
 * @param declassifyOn {@code null}, or the day it becomes public by itself
 */
@Revision("1")
public record AgreementClassified(String agreementId,
                                  Classification previous,
                                  Classification classification,
                                  String reason,
                                  LocalDate declassifyOn) implements AgreementEvent {
}
