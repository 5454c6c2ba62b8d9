package org.agreementtracker.api.milestone;

import org.agreementtracker.api.classification.Classification;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/**
 * Plans a milestone of an agreement (API: {@code POST /agreements/{id}/milestones}). The caller chooses
 * {@code milestoneId} (a UUID) so that it can answer 201 with it.
 *
 * @param owner  the body that must deliver it, of one of the parties' countries
 * @param weight         its weight in the agreement's progress; 1 when not given
 * @param classification {@code null}: its agreement's; else raises it (never below the agreement's)
 */
public record PlanMilestone(@TargetAggregateIdentifier String agreementId,
                            String milestoneId,
                            String title,
                            LocalDate dueOn,
                            String owner,
                            Integer weight,
                            Indicator indicator,
                            Classification classification,
                            @TargetAggregateVersion Long expectedVersion) {

    public PlanMilestone(String agreementId, String milestoneId, String title, LocalDate dueOn, String owner,
                         Integer weight, Indicator indicator) {
        this(agreementId, milestoneId, title, dueOn, owner, weight, indicator, null, null);
    }
}
