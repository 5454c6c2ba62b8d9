package org.agreementtracker.api.agreement;

import org.agreementtracker.api.classification.Classification;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An agreement became public on the day scheduled for it ({@code declassifiedOn}); {@code classification} is the
 * public one it has now.
 */
@Revision("1")
public record AgreementDeclassified(String agreementId,
                                    Classification previous,
                                    Classification classification,
                                    LocalDate declassifiedOn) implements AgreementEvent {
}
