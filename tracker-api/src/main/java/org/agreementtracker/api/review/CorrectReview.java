package org.agreementtracker.api.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Corrects a recorded review (API: {@code POST /events/{position}/correction}); a field left {@code null} keeps the
 * value it has. The review's date and its action items stay: items are tracked on their own.
 *
 * @param correctedSequence the sequence number of the {@link ReviewRecorded} event within the agreement
 * @param correctedPosition its position in the whole event log, as the caller named it (for the record)
 */
public record CorrectReview(@TargetAggregateIdentifier String agreementId,
                            long correctedSequence,
                            Long correctedPosition,
                            String reason,
                            ImplementationScore score,
                            Confidence confidence,
                            String findings) {
}
