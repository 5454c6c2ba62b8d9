package org.agreementtracker.api.milestone;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A milestone's due date moved; the previous date stays on record here, so every earlier baseline is visible. */
@Revision("1")
public record MilestoneRescheduled(String agreementId,
                                   String milestoneId,
                                   LocalDate previousDueOn,
                                   LocalDate newDueOn,
                                   String reason) implements MilestoneEvent {
}
