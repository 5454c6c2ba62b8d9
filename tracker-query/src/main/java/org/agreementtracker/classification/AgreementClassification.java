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
 */
public record AgreementClassification(Classification agreement, LocalDate declassifyOn,
                                      Map<String, Classification> milestones) {

    public AgreementClassification {
        // a milestone's own classification is null when it has its agreement's, which Map.copyOf would refuse
        milestones = milestones == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(milestones));
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
