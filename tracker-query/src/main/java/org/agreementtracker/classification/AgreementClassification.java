package org.agreementtracker.classification;

import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.ClassificationScheme;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * An agreement's classification as it stands, and the milestones that raise it.
 *
 * @param agreement    {@code null} for an agreement registered before classifications existed (the default level)
 * @param declassifyOn the day it becomes public by itself, {@code null} when none is scheduled
 * @param milestones   the milestones planned so far, each with its own classification ({@code null}: the agreement's)
 * @param reports      the reports recorded so far, by id, each with its own ({@code null}: its milestone's)
 * @param reviews      the reviews recorded so far, by id, each with its own ({@code null}: the agreement's)
 */
public record AgreementClassification(Classification agreement, LocalDate declassifyOn,
                                      Map<String, Classification> milestones, Map<String, Classification> reports,
                                      Map<String, Classification> reviews) {

    public AgreementClassification {
        milestones = copy(milestones);
        reports = copy(reports);
        reviews = copy(reviews);
    }

    // an item's own classification is null when it has its container's, which Map.copyOf would refuse
    private static Map<String, Classification> copy(Map<String, Classification> items) {
        return items == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(items));
    }

    public boolean knowsReport(String reportId) {
        return reports.containsKey(reportId);
    }

    public boolean knowsReview(String reviewId) {
        return reviews.containsKey(reviewId);
    }

    /** A report's classification: its own joined with its milestone's. */
    public Classification report(String milestoneId, String reportId, ClassificationScheme scheme) {
        return scheme.join(milestone(milestoneId, scheme), reports.get(reportId));
    }

    /** A review's classification: its own joined with its agreement's. */
    public Classification review(String reviewId, ClassificationScheme scheme) {
        return scheme.join(agreement, reviews.get(reviewId));
    }

    /** Whether the milestone is known here yet: a milestone planned a moment ago may not be. */
    public boolean knows(String milestoneId) {
        return milestones.containsKey(milestoneId);
    }

    /** The milestone's classification: its own joined with its agreement's. */
    public Classification milestone(String milestoneId, ClassificationScheme scheme) {
        return scheme.join(agreement, milestones.get(milestoneId));
    }
}
