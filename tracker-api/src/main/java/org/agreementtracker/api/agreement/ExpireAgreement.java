package org.agreementtracker.api.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/**
 * Records that the validity period ended ({@code effectiveOn} on or after {@code validUntil}); the reason is
 * optional. Not in API v1: meant for the committee or a scheduled job.
 */
public record ExpireAgreement(@TargetAggregateIdentifier String agreementId,
                              LocalDate effectiveOn,
                              String reason,
                              @TargetAggregateVersion Long expectedVersion) {
}
