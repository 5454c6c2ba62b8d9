package org.agreementtracker.api.agreement;

import org.agreementtracker.api.classification.Classification;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/**
 * Classifies an agreement anew (API: {@code POST /agreements/{id}/classification}): raises or lowers its
 * classification, for a stated reason.
 *
 * @param declassifyOn {@code null}, or the day from which it is public (the scheme's lowest level, no compartment,
 *                     releasable to all); the tracker's clock declassifies it then ({@link DeclassifyAgreement})
 */
public record ClassifyAgreement(@TargetAggregateIdentifier String agreementId,
                                Classification classification,
                                String reason,
                                LocalDate declassifyOn,
                                @TargetAggregateVersion Long expectedVersion) {
}
