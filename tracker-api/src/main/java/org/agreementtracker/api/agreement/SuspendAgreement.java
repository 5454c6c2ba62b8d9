package org.agreementtracker.api.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** API: {@code POST /agreements/{id}/suspension}; a reason is required. */
public record SuspendAgreement(@TargetAggregateIdentifier String agreementId,
                               LocalDate effectiveOn,
                               String reason,
                               @TargetAggregateVersion Long expectedVersion) {
}
