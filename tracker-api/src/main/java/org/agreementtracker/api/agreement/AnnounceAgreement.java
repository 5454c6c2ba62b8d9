package org.agreementtracker.api.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

/** Records that a commitment (INITIATIVE, JOINT_VENTURE) was announced (API: {@code POST .../announcement}). */
public record AnnounceAgreement(@TargetAggregateIdentifier String agreementId,
                                LocalDate announcedOn,
                                String note,
                                @TargetAggregateVersion Long expectedVersion) {
}
