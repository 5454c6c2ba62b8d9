package org.agreementtracker.api.board;

import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;

import java.time.LocalDate;

public record ReviewSummary(LocalDate reviewedOn, ImplementationScore score, Confidence confidence) {
}
