package org.agreementtracker.api.milestone;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** API: {@code POST /agreements/{id}/milestones/{mid}/cancellation}. */
public record CancelMilestone(@TargetAggregateIdentifier String agreementId,
                              String milestoneId,
                              String reason,
                              @TargetAggregateVersion Long expectedVersion) {
}
