package org.agreementtracker.api.milestone;

import org.agreementtracker.api.classification.Classification;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A milestone was planned; {@code ownerSide} is the owner body's country as the register said then.
 * {@code classification} is {@code null} when it is its agreement's (and in events recorded before milestones had
 * one); else what it raises its agreement's to.
 */
@Revision("1")
public record MilestonePlanned(String agreementId,
                               String milestoneId,
                               String title,
                               LocalDate dueOn,
                               String owner,
                               String ownerSide,
                               int weight,
                               Indicator indicator,
                               Classification classification) implements MilestoneEvent {

    public MilestonePlanned(String agreementId, String milestoneId, String title, LocalDate dueOn, String owner,
                            String ownerSide, int weight, Indicator indicator) {
        this(agreementId, milestoneId, title, dueOn, owner, ownerSide, weight, indicator, null);
    }
}
