package org.agreementtracker.api.review;

import java.time.LocalDate;

/**
 * A decision of a review as tracked: its id is the review's id followed by its position in the review
 * ({@code <reviewId>-1}, {@code <reviewId>-2}, ...); {@code ownerSide} is the owner body's country.
 */
public record ActionItem(String actionId, String title, String owner, String ownerSide, LocalDate dueOn) {

    /** The id of the {@code position}th (from 1) action item of the review or decision {@code decidedIn}. */
    public static String idOf(String decidedIn, int position) {
        return decidedIn + "-" + position;
    }
}
