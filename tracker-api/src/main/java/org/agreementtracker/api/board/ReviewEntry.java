package org.agreementtracker.api.board;

import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record ReviewEntry(String reviewId,
                          LocalDate reviewedOn,
                          Instant recordedAt,
                          ImplementationScore score,
                          Confidence confidence,
                          String findings,
                          List<ActionItemEntry> actions) {
}
