package org.agreementtracker.meeting;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.actor.MetadataKeys;
import org.agreementtracker.api.agreement.AgreementSuspended;
import org.agreementtracker.api.meeting.FindHindsight;
import org.agreementtracker.api.meeting.HindsightEntry;
import org.agreementtracker.api.meeting.MeetingRecorded;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.asof.Checkpoints;
import org.agreementtracker.classification.ClassificationProjection;
import org.agreementtracker.classification.Classifications;
import org.agreementtracker.classification.Readers;
import org.agreementtracker.classification.Redaction;
import org.agreementtracker.detail.AgreementDetailProjection;
import org.agreementtracker.readmodel.AgreementHistory;
import org.agreementtracker.readmodel.FreshDatabases;
import org.agreementtracker.readmodel.Projections;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A meeting's moment and its hindsight, from events in Axon's in-memory store and the read models on the embedded one. */
@ExtendWith(FreshDatabases.class)
class HindsightTest {

    private static final LocalDate HELD_ON = LocalDate.parse("2025-04-03");

    private MongoDatabase database;
    private InMemoryEventStorageEngine store;
    private MeetingQueries meetings;
    private Hindsight hindsight;

    @BeforeEach
    void freshTracker(MongoDatabase database) {
        this.database = database;
        store = new InMemoryEventStorageEngine();
        Redaction redaction = new Redaction(Readers.SCHEME, new Classifications(database));
        meetings = new MeetingQueries(database, redaction, Clock.systemUTC());
        hindsight = new Hindsight(meetings, store, new Checkpoints(database, 10), database, redaction);
    }

    private void record(List<DomainEventMessage<?>> events) {
        store.appendEvents(events);
        Projections.deliver(new MeetingsProjection(database), events);
        Projections.deliver(new AgreementDetailProjection(database), events);
        Projections.deliver(new ClassificationProjection(database, Readers.SCHEME), events);
    }

    /** An agreement event stating its business date in the metadata, as the web layer records it. */
    private static DomainEventMessage<?> dated(DomainEventMessage<?> event, LocalDate occurredOn) {
        return new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier(),
                                               event.getSequenceNumber(), event.getPayload(),
                                               event.getMetaData().and(MetadataKeys.OCCURRED_ON, occurredOn.toString()),
                                               event.getIdentifier(), event.getTimestamp());
    }

    private static DomainEventMessage<?> meeting(Instant recordedAt) {
        return new GenericDomainEventMessage<>("Meeting", "mt-1", 0,
                                               new MeetingRecorded("mt-1", HELD_ON, "JMC", List.of("Ishaq Dar")),
                                               Map.of(MetadataKeys.USER, "chair", MetadataKeys.ROLE, "COMMITTEE"),
                                               "mt-1-event", recordedAt);
    }

    @Test
    void aMeetingSawTheMomentItWasRecordedOrTheEndOfItsDayIfRecordedLater() {
        assertThat(MeetingQueries.seenAt(HELD_ON, Instant.parse("2025-04-03T15:00:00Z")))
                .isEqualTo(Instant.parse("2025-04-03T15:00:00Z"));
        assertThat(MeetingQueries.seenAt(HELD_ON, Instant.parse("2025-04-05T09:00:00Z")))
                .isEqualTo(Instant.parse("2025-04-03T23:59:59.999Z"));
    }

    @Test
    void hindsightListsWhatWasRecordedAfterTheMeetingAboutDatesUpToItsDay() {
        AgreementHistory trade = new AgreementHistory("trade", Instant.parse("2025-04-01T09:00:00Z"))
                .registered("PKBY-TRADE").signed(LocalDate.parse("2025-03-01"))
                .planned("office", LocalDate.parse("2025-05-01"), "BY-MINTRADE");
        // known before the meeting: not hindsight
        trade.reported("office", "BY-MINTRADE", LocalDate.parse("2025-04-01"), ReportStatus.IN_PROGRESS);
        List<DomainEventMessage<?>> before = trade.events().stream()
                                                  .<DomainEventMessage<?>>map(event -> dated(event, HELD_ON)).toList();
        record(before);
        record(List.of(meeting(Instant.parse("2025-04-03T15:00:00Z"))));
        AgreementHistory later = new AgreementHistory("trade", Instant.parse("2025-04-03T16:00:00Z"));
        trade.events().forEach(event -> later.record((org.agreementtracker.api.agreement.AgreementEvent)
                                                             event.getPayload()));
        later.reported("office", "BY-MINTRADE", LocalDate.parse("2025-04-02"), ReportStatus.ACHIEVED)
             .reported("office", "PK-MOC", LocalDate.parse("2025-04-04"), ReportStatus.ACHIEVED);
        later.record(new AgreementSuspended("trade", LocalDate.parse("2025-04-03"), "talks"));
        List<DomainEventMessage<?>> after = later.events().subList(before.size(), later.events().size());
        record(List.of(dated(after.get(0), LocalDate.parse("2025-04-02")),
                       dated(after.get(1), LocalDate.parse("2025-04-04")),
                       dated(after.get(2), LocalDate.parse("2025-04-03"))));

        List<HindsightEntry> entries = hindsight.find(new FindHindsight("mt-1"), Readers.CLEARED);

        assertThat(entries).extracting(HindsightEntry::type)
                           .containsExactly("MilestoneProgressReported", "AgreementSuspended");
        assertThat(entries.get(0).agreementRef()).isEqualTo("PKBY-TRADE");
        assertThat(entries.get(0).occurredOn()).isEqualTo(LocalDate.parse("2025-04-02"));
        assertThat(entries.get(0).actor().user()).isEqualTo("officer-of-BY-MINTRADE");
        assertThat(entries.get(0).summary()).isEqualTo(
                "BY-MINTRADE (BY) reported “Milestone office” achieved, 100% as of 2025-04-02");
        assertThat(entries.get(0).agreementTitle()).isEqualTo("Agreement PKBY-TRADE");
        assertThat(entries.get(1).summary()).isEqualTo("Suspended from 2025-04-03: talks");
        assertThat(meetings.meeting("mt-1").recordedBy().user()).isEqualTo("chair");
    }

    @Test
    void anUnknownMeetingHasNoHindsight() {
        assertThat(hindsight.find(new FindHindsight("none"), Readers.CLEARED)).isNull();
    }
}
