package org.agreementtracker.api.milestone;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A milestone was planned; {@code ownerSide} is the owner body's country as the register said then. */
@Revision("1")
public record MilestonePlanned(String agreementId,
                               String milestoneId,
                               String title,
                               LocalDate dueOn,
                               String owner,
                               String ownerSide,
                               int weight,
                               Indicator indicator) implements MilestoneEvent {
}
