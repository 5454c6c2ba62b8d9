package org.agreementtracker.api.agreement;

import org.agreementtracker.api.classification.Classification;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/**
 * Registers an agreement as a DRAFT (API: {@code POST /agreements}). {@code agreementId} is the id the caller
 * proposes; the command returns the id actually used, which differs only when an earlier registration of the same
 * {@code ref} claimed an id and crashed before recording anything (see the command side's {@code RefRegistry}).
 *
 * @param parties        body ids, e.g. {@code ["PK-MOI", "BY-MVD"]}: at least two countries among them
 * @param classification {@code null}: the configured default level
 */
public record RegisterAgreement(@TargetAggregateIdentifier String agreementId,
                                String ref,
                                String title,
                                AgreementKind kind,
                                List<String> sectors,
                                List<String> parties,
                                String summary,
                                LocalDate validFrom,
                                LocalDate validUntil,
                                String parentRef,
                                Classification classification) {

    public RegisterAgreement(String agreementId, String ref, String title, AgreementKind kind, List<String> sectors,
                             List<String> parties, String summary, LocalDate validFrom, LocalDate validUntil,
                             String parentRef) {
        this(agreementId, ref, title, kind, sectors, parties, summary, validFrom, validUntil, parentRef, null);
    }

    public RegisterAgreement {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    public RegisterAgreement withAgreementId(String agreementId) {
        return new RegisterAgreement(agreementId, ref, title, kind, sectors, parties, summary, validFrom, validUntil,
                                     parentRef, classification);
    }
}
