package org.agreementtracker.correction;

import jakarta.validation.constraints.Size;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;

/** The fields of a review that a correction may replace; its date and action items stay. */
record ReviewFields(ImplementationScore score, Confidence confidence, @Size(max = 20_000) String findings) {
}
