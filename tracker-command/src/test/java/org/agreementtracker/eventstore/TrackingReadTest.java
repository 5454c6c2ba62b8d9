package org.agreementtracker.eventstore;

import com.mongodb.WriteConcern;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.BsonDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.agreementtracker.eventstore.TestEvents.event;
import static org.agreementtracker.eventstore.TestEvents.events;
import static org.agreementtracker.eventstore.TestEvents.positionOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Where a tracking reader starts and what it is given: tokens inside commits, commits wider than a read, start tokens. */
class TrackingReadTest {

    private static final int BATCH_SIZE = 4;

    @RegisterExtension
    static final TestMongoExtension mongo = new TestMongoExtension();
    private MongoCommitStorageEngine engine;

    @BeforeEach
    void setUp() {
        engine = TestMongo.engineOn(mongo.database()).batchSize(BATCH_SIZE).build();
    }

    @Test
    void aTokenInsideACommitResumesWithTheRestOfThatCommit() {
        List<DomainEventMessage<?>> commit = events("agreement-1", 0, 3);
        engine.appendEvents(commit);                          // positions 1..3
        DomainEventMessage<String> next = event("agreement-2", 0);
        engine.appendEvents(List.of(next));                   // position 4

        List<? extends TrackedEventMessage<?>> read = readAll(token(1));

        assertThat(read).extracting(EventMessage::getIdentifier)
                        .containsExactly(commit.get(1).getIdentifier(), commit.get(2).getIdentifier(),
                                         next.getIdentifier());
        assertThat(read).extracting(TestEvents::positionOf).containsExactly(2L, 3L, 4L);
    }

    @Test
    void aCommitWiderThanTheReadWindowIsReadWhole() {
        DomainEventMessage<String> before = event("agreement-1", 0);
        List<DomainEventMessage<?>> wide = events("agreement-2", 0, 3 * BATCH_SIZE);
        DomainEventMessage<String> after = event("agreement-3", 0);
        engine.appendEvents(List.of(before));                 // position 1
        engine.appendEvents(wide);                            // positions 2..13
        engine.appendEvents(List.of(after));                  // position 14

        List<String> expected = new ArrayList<>();
        expected.add(before.getIdentifier());
        wide.forEach(event -> expected.add(event.getIdentifier()));
        expected.add(after.getIdentifier());

        assertThat(readAll(null)).extracting(EventMessage::getIdentifier).containsExactlyElementsOf(expected);
        assertThat(readAll(null)).extracting(TestEvents::positionOf)
                                 .containsExactlyElementsOf(positions(1, 14));
        // from a token early in the wide commit: its window does not reach the commit's document at all
        assertThat(readAll(token(3))).extracting(EventMessage::getIdentifier)
                                     .containsExactlyElementsOf(expected.subList(3, expected.size()));
        // and an aggregate whose one commit is wider than a read is loaded whole too
        assertThat(engine.readEvents("agreement-2").asStream()).extracting(DomainEventMessage::getSequenceNumber)
                                                               .containsExactlyElementsOf(positions(0, 11));
    }

    @Test
    void anAggregatesEventsCarryTheirGlobalPositions() {
        engine.appendEvents(events("agreement-1", 0, 2));     // positions 1..2
        engine.appendEvents(List.of(event("agreement-2", 0))); // position 3
        engine.appendEvents(events("agreement-1", 2, 2));     // positions 4..5

        assertThat(engine.readEvents("agreement-1").asStream())
                .allSatisfy(event -> assertThat(event).isInstanceOf(TrackedEventMessage.class))
                .extracting(event -> TestEvents.positionOf((TrackedEventMessage<?>) event))
                .containsExactly(1L, 2L, 4L, 5L);
        assertThat(engine.readEvents("agreement-1", 3).asStream())
                .extracting(event -> TestEvents.positionOf((TrackedEventMessage<?>) event))
                .as("read from inside a commit").containsExactly(5L);
    }

    @Test
    void theHeadTokenSkipsEverythingStoredAndSeesWhatComesAfter() {
        assertThat(engine.createHeadToken()).as("an empty store's head is its tail").isNull();

        engine.appendEvents(events("agreement-1", 0, 3));
        engine.appendEvents(events("agreement-2", 0, 2));
        TrackingToken head = engine.createHeadToken();

        assertThat(head.position()).hasValue(5);
        assertThat(readAll(head)).isEmpty();
        DomainEventMessage<String> later = event("agreement-1", 3);
        engine.appendEvents(List.of(later));
        assertThat(readAll(head)).extracting(EventMessage::getIdentifier).containsExactly(later.getIdentifier());
        assertThat(engine.createTailToken()).isNull();
    }

    @Test
    void theTokenAtAMomentStartsWithTheFirstEventStampedThenOrLater() {
        Instant t0 = Instant.parse("2025-03-01T10:00:00Z");
        DomainEventMessage<String> early = event("agreement-1", 0, t0);
        // one commit whose events straddle the moment: the token points inside it
        DomainEventMessage<String> straddlingBefore = event("agreement-2", 0, t0.plusSeconds(10));
        DomainEventMessage<String> straddlingAfter = event("agreement-2", 1, t0.plusSeconds(30));
        DomainEventMessage<String> late = event("agreement-3", 0, t0.plusSeconds(40));
        engine.appendEvents(List.of(early));                                  // position 1
        engine.appendEvents(List.of(straddlingBefore, straddlingAfter));      // positions 2..3
        engine.appendEvents(List.of(late));                                   // position 4

        TrackingToken atTwenty = engine.createTokenAt(t0.plusSeconds(20));
        assertThat(readAll(atTwenty)).extracting(EventMessage::getIdentifier)
                                     .containsExactly(straddlingAfter.getIdentifier(), late.getIdentifier());

        TrackingToken atStart = engine.createTokenAt(t0);
        assertThat(readAll(atStart)).hasSize(4);

        TrackingToken afterAll = engine.createTokenAt(t0.plusSeconds(60));
        assertThat(afterAll).isEqualTo(engine.createHeadToken());
        assertThat(readAll(afterAll)).isEmpty();
    }

    private List<? extends TrackedEventMessage<?>> readAll(TrackingToken from) {
        try (Stream<? extends TrackedEventMessage<?>> stream = engine.readEvents(from, false)) {
            return stream.toList();
        }
    }

    private static TrackingToken token(long position) {
        return GapAwareTrackingToken.newInstance(position, Collections.emptySet());
    }

    private static List<Long> positions(long from, long to) {
        return java.util.stream.LongStream.rangeClosed(from, to).boxed().toList();
    }

    /** What a read from just before {@code position} gives first, if it is there: how the history finds an event. */
    private String firstAt(long position) {
        try (Stream<? extends TrackedEventMessage<?>> read = engine.readEvents(
                token(position - 1), false)) {
            return read.findFirst()
                       .filter(event -> positionOf(event) == position)
                       .map(DomainEventMessage.class::cast)
                       .map(event -> event.getAggregateIdentifier() + "#" + event.getSequenceNumber())
                       .orElse(null);
        }
    }

    @Test
    void aReadFromJustBeforeAPositionGivesItsEventFirstInsideCommitsOfAnySize() {
        engine.appendEvents(List.of(event("agreement-1", 0)));        // position 1
        engine.appendEvents(events("agreement-2", 0, 5 * BATCH_SIZE)); // positions 2..21
        engine.appendEvents(events("agreement-1", 1, 2));              // positions 22..23

        assertThat(firstAt(1)).isEqualTo("agreement-1#0");
        assertThat(firstAt(2)).isEqualTo("agreement-2#0");
        assertThat(firstAt(15)).isEqualTo("agreement-2#13");
        assertThat(firstAt(23)).isEqualTo("agreement-1#2");
    }

    @Test
    void aReadFromJustBeforeAFenceOrTheHeadGivesNothingAtThatPosition() {
        engine.appendEvents(List.of(event("agreement-1", 0)));        // position 1
        mongo.database().getCollection("events", BsonDocument.class)
             .insertOne(Commit.fence(2, 2, Instant.now(), "test"));
        new PositionCounter(mongo.database().getCollection("counters"), WriteConcern.W1).reserve(1);
        engine.appendEvents(List.of(event("agreement-1", 1)));        // position 3

        assertThat(firstAt(2)).isNull();
        assertThat(firstAt(3)).isEqualTo("agreement-1#1");
        assertThat(firstAt(4)).isNull();
        assertThat(firstAt(1_000_000)).isNull();
    }
}
