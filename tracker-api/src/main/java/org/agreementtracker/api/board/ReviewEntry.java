package org.agreementtracker.api.board;

import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A review as recorded; a corrected one with its values after the correction and a {@code correction} note. */
public record ReviewEntry(String reviewId,
                          LocalDate reviewedOn,
                          Instant recordedAt,
                          ImplementationScore score,
                          Confidence confidence,
                          String findings,
                          List<ActionItemEntry> actions,
                          CorrectionNote correction) {

    /** A review never corrected. */
    public ReviewEntry(String reviewId, LocalDate reviewedOn, Instant recordedAt, ImplementationScore score,
                       Confidence confidence, String findings, List<ActionItemEntry> actions) {
        this(reviewId, reviewedOn, recordedAt, score, confidence, findings, actions, null);
    }
}
