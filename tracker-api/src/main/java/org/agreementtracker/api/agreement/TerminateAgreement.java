package org.agreementtracker.api.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** API: {@code POST /agreements/{id}/termination}; a reason is required. */
public record TerminateAgreement(@TargetAggregateIdentifier String agreementId,
                                 LocalDate effectiveOn,
                                 String reason,
                                 @TargetAggregateVersion Long expectedVersion) {
}
