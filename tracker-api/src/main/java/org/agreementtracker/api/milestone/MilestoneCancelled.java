package org.agreementtracker.api.milestone;

import org.axonframework.serialization.Revision;

@Revision("1")
public record MilestoneCancelled(String agreementId, String milestoneId, String reason) implements MilestoneEvent {
}
