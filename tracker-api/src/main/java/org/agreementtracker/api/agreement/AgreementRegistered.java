package org.agreementtracker.api.agreement;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** An agreement was registered as a DRAFT; its parties carry the country the register gave each body then. */
@Revision("1")
public record AgreementRegistered(String agreementId,
                                  String ref,
                                  String title,
                                  AgreementKind kind,
                                  List<String> sectors,
                                  List<Party> parties,
                                  String summary,
                                  LocalDate validFrom,
                                  LocalDate validUntil,
                                  String parentRef) implements AgreementEvent {

    public AgreementRegistered {
        sectors = sectors == null ? List.of() : List.copyOf(sectors);
        parties = parties == null ? List.of() : List.copyOf(parties);
    }
}
