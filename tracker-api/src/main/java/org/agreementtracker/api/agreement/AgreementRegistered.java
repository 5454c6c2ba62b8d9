package org.agreementtracker.api.agreement;

import org.agreementtracker.api.classification.Classification;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreement was registered as a DRAFT; its parties carry the country the register gave each body then.
 * <p>
 * Revision 2: {@code sectors} are codes in upper case ({@code DEFENCE}, {@code TRADE}), so that the board's sector
 * filter and the summary's counts by sector do not split "Trade" from "TRADE". Revision 1 kept sectors as typed;
 * the command side's {@code SectorCodesUpcaster} reads those as revision 2.
 * <p>
 * {@code classification} is absent ({@code null}) in events recorded before agreements had one; those are of the
 * configured default level ({@code ClassificationScheme#orDefault}).
 */
@Revision("2")
public record AgreementRegistered(String agreementId,
                                  String ref,
                                  String title,
                                  AgreementKind kind,
                                  List<String> sectors,
                                  List<Party> parties,
                                  String summary,
                                  LocalDate validFrom,
                                  LocalDate validUntil,
                                  String parentRef,
                                  Classification classification) implements AgreementEvent {

    public AgreementRegistered(String agreementId, String ref, String title, AgreementKind kind, List<String> sectors,
                               List<Party> parties, String summary, LocalDate validFrom, LocalDate validUntil,
                               String parentRef) {
        this(agreementId, ref, title, kind, sectors, parties, summary, validFrom, validUntil, parentRef, null);
    }

    public AgreementRegistered {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
