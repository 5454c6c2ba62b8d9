package org.agreementtracker.api.history;

import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.review.ReviewRecorded;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of recorded event that a correction may replace: the one list that the agreement's refusal names and the
 * HTTP layer reads a replacement by. A report is corrected by {@code CorrectMilestoneReport}, a review by
 * {@code CorrectReview}; everything else recorded stands as it is.
 */
public enum Correctable {

    REPORT(MilestoneProgressReported.class),
    REVIEW(ReviewRecorded.class);

    private final Class<?> eventType;

    Correctable(Class<?> eventType) {
        this.eventType = eventType;
    }

    /** What a recorded event of this type (a class name, as the log keeps it) is, if it can be corrected. */
    public static Optional<Correctable> of(String eventType) {
        return Arrays.stream(values()).filter(kind -> kind.eventType.getName().equals(eventType)).findFirst();
    }

    /** The event types that can be corrected, by their simple names, as a refusal lists them. */
    public static List<String> eventTypes() {
        return Arrays.stream(values()).map(kind -> kind.eventType.getSimpleName()).sorted().toList();
    }
}
