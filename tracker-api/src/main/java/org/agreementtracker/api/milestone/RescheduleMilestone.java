package org.agreementtracker.api.milestone;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** API: {@code POST /agreements/{id}/milestones/{mid}/reschedule}. */
public record RescheduleMilestone(@TargetAggregateIdentifier String agreementId,
                                  String milestoneId,
                                  LocalDate newDueOn,
                                  String reason,
                                  @TargetAggregateVersion Long expectedVersion) {

    public RescheduleMilestone(String agreementId, String milestoneId, LocalDate newDueOn, String reason) {
        this(agreementId, milestoneId, newDueOn, reason, null);
    }
}
