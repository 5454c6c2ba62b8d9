package org.agreementtracker.api.review;

import java.time.LocalDate;

/** A decision of a review as the committee states it: what, which body, by when. */
public record ActionDecision(String title, String owner, LocalDate dueOn) {
}
