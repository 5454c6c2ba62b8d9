package org.agreementtracker.api.board;

import org.agreementtracker.api.classification.Redactable;
import org.agreementtracker.api.classification.Withheld;
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
                          CorrectionNote correction,
                          Withheld withheld) implements Redactable {

    public ReviewEntry(String reviewId, LocalDate reviewedOn, Instant recordedAt, ImplementationScore score,
                       Confidence confidence, String findings, List<ActionItemEntry> actions,
                       CorrectionNote correction) {
        this(reviewId, reviewedOn, recordedAt, score, confidence, findings, actions, correction, null);
    }

    /** The review in place of one of an agreement the reader may not read. */
    public static ReviewEntry withheld(String reviewId, Withheld withheld) {
        return new ReviewEntry(reviewId, null, null, null, null, null, null, null, withheld);
    }

    @Override
    public String withheldId() {
        return reviewId;
    }

    /** A review never corrected. */
    public ReviewEntry(String reviewId, LocalDate reviewedOn, Instant recordedAt, ImplementationScore score,
                       Confidence confidence, String findings, List<ActionItemEntry> actions) {
        this(reviewId, reviewedOn, recordedAt, score, confidence, findings, actions, null);
    }
}
