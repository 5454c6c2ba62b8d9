package org.agreementtracker.agreement;

import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.agreement.AgreementSigned;
import org.agreementtracker.api.agreement.Signatory;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.agreementtracker.agreement.Agreements.ID;
import static org.agreementtracker.agreement.Agreements.PARTIES;
import static org.agreementtracker.agreement.Agreements.REF;
import static org.assertj.core.api.Assertions.assertThat;

/** Revision 2 of AgreementRegistered: sectors are upper-case codes; revision 1 events are read as such. */
class SectorCodesUpcasterTest {

    private final Serializer serializer = Jackson3Serializer.builder().build();

    private static AgreementRegistered registeredIn(List<String> sectors) {
        return new AgreementRegistered(ID, REF, "Agreement on trade", AgreementKind.AGREEMENT, sectors, PARTIES,
                                       "summary", LocalDate.parse("2025-04-11"), null, null);
    }

    /** The event as the store holds it: its payload as JSON text of {@code revision}. */
    private DomainEventData<String> stored(Object payload, String revision, long sequence) {
        String json = serializer.serialize(payload, String.class).getData();
        return new GenericDomainEventEntry<>("Agreement", ID, sequence, "event-" + sequence,
                                             Instant.parse("2025-04-11T10:00:00Z"), payload.getClass().getName(),
                                             revision, json, "{\"user\": \"admin\", \"role\": \"ADMIN\"}");
    }

    private List<Object> read(List<DomainEventData<?>> stored) {
        return EventStreamUtils.upcastAndDeserializeDomainEvents(stored.stream(), serializer, new SectorCodesUpcaster())
                         .asStream().map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
    }

    @Test
    void readsTheSectorsOfARevisionOneRegistrationAsUpperCaseCodesAndLeavesTheRestAsItWas() {
        AgreementRegistered asTyped = registeredIn(List.of("Trade", " trade ", "Defence"));

        List<Object> read = read(List.of(stored(asTyped, "1", 0)));

        assertThat(read).containsExactly(registeredIn(List.of("TRADE", "DEFENCE")));
    }

    @Test
    void leavesRevisionTwoAndOtherEventsAlone() {
        // a revision 2 event is taken as it is, even one that would not have been recorded so
        AgreementRegistered revisionTwo = registeredIn(List.of("Trade"));
        AgreementSigned signed = new AgreementSigned(ID, LocalDate.parse("2025-04-11"), "Minsk",
                                                     List.of(new Signatory("Viktor Khrenin", "Minister", "BY")));

        List<Object> read = read(List.of(stored(revisionTwo, "2", 0), stored(signed, "1", 1)));

        assertThat(read).containsExactly(revisionTwo, signed);
    }
}
