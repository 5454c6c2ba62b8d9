package org.agreementtracker.api.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Marks a review's action item done. Not in API v1; meant for {@code POST .../actions/{actionId}/completion}. */
public record CompleteActionItem(@TargetAggregateIdentifier String agreementId,
                                 String actionId,
                                 LocalDate completedOn,
                                 String note,
                                 @TargetAggregateVersion Long expectedVersion) {

    public CompleteActionItem(String agreementId, String actionId, LocalDate completedOn, String note) {
        this(agreementId, actionId, completedOn, note, null);
    }
}
