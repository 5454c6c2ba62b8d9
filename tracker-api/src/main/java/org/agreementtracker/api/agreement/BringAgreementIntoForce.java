package org.agreementtracker.api.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** API: {@code POST /agreements/{id}/entry-into-force}. */
public record BringAgreementIntoForce(@TargetAggregateIdentifier String agreementId,
                                      LocalDate effectiveOn,
                                      @TargetAggregateVersion Long expectedVersion) {

    public BringAgreementIntoForce(String agreementId, LocalDate effectiveOn) {
        this(agreementId, effectiveOn, null);
    }
}
