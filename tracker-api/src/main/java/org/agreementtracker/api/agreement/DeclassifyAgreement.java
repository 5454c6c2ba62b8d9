package org.agreementtracker.api.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Sent by the tracker's clock: declassifies an agreement whose scheduled day has come. The agreement refuses it when
 * no declassification is due by {@code today}, so clocks on several nodes may all send it and only one takes effect.
 */
public record DeclassifyAgreement(@TargetAggregateIdentifier String agreementId, LocalDate today) {
}
