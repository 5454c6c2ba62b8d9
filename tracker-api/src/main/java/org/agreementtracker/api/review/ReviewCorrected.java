package org.agreementtracker.api.review;

import org.agreementtracker.api.agreement.AgreementEvent;
import org.axonframework.serialization.Revision;

/**
 * A recorded review was corrected: the {@link ReviewRecorded} event at {@code correctedSequence} (position
 * {@code correctedPosition}) is to be read with this score, confidence and findings from now on, for {@code reason}.
 * The values are those after the correction, whether changed or not.
 */
@Revision("1")
public record ReviewCorrected(String agreementId,
                              String reviewId,
                              long correctedSequence,
                              Long correctedPosition,
                              String reason,
                              ImplementationScore score,
                              Confidence confidence,
                              String findings) implements AgreementEvent {
}
