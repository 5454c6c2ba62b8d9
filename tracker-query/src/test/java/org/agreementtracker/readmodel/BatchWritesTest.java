package org.agreementtracker.readmodel;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.agreement.AgreementEnteredIntoForce;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.bodies.BodiesBoardProjection;
import org.agreementtracker.board.AgreementBoardProjection;
import org.agreementtracker.detail.AgreementDetailProjection;
import org.agreementtracker.milestones.MilestonesProjection;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection handling a batch of events in one unit of work, as the tracker's processors do, writes its read
 * model once at the end of the batch ({@link BatchWrites}), and leaves it exactly as handling the events one at a
 * time would; a batch that fails writes nothing, and handled again ends as if it had not failed.
 */
@ExtendWith(FreshDatabases.class)
class BatchWritesTest {

    /**
     * Two agreements, their events interleaved: both sides report (a body's last report changes hands), statuses
     * move a key into a posting and out again, the committee corrects a report that is its body's last one
     * (sequence 5 of "trade"), and a later report of that body follows.
     */
    private static List<EventMessage<?>> events() {
        AgreementHistory trade = AgreementHistory.of("trade").registered("PKBY-TRADE").signed(LocalDate.of(2025, 4, 11))
                .planned("m1", LocalDate.of(2025, 6, 1), "PK-MOC")
                .planned("m2", LocalDate.of(2025, 9, 1), "BY-MINTRADE")
                .reported("m1", "PK-MOC", LocalDate.of(2025, 5, 1), ReportStatus.IN_PROGRESS, 40, null)
                .reported("m1", "BY-MINTRADE", LocalDate.of(2025, 5, 2), ReportStatus.ACHIEVED)
                .reported("m1", "PK-MOC", LocalDate.of(2025, 5, 20), ReportStatus.ACHIEVED)
                .corrected(5, LocalDate.of(2025, 5, 2), ReportStatus.BLOCKED, null)
                .reported("m2", "BY-MINTRADE", LocalDate.of(2025, 5, 25), ReportStatus.IN_PROGRESS, 10, null);
        trade.record(new AgreementEnteredIntoForce("trade", LocalDate.of(2025, 6, 5)));
        AgreementHistory roadmap = AgreementHistory.of("roadmap")
                .registered("PKBY-ROADMAP", "Roadmap", List.of("TRADE", "INDUSTRY"), "PK-MOC", "BY-MINTRADE")
                .signed(LocalDate.of(2024, 11, 26))
                .planned("r1", LocalDate.of(2025, 3, 1), "BY-MINTRADE")
                .reported("r1", "BY-MINTRADE", LocalDate.of(2025, 4, 30), ReportStatus.BLOCKED)
                .reported("r1", "PK-MOC", LocalDate.of(2025, 4, 1), ReportStatus.ACHIEVED);
        List<EventMessage<?>> events = new ArrayList<>();
        for (int at = 0; at < Math.max(trade.events().size(), roadmap.events().size()); at++) {
            if (at < trade.events().size()) {
                events.add(trade.events().get(at));
            }
            if (at < roadmap.events().size()) {
                events.add(roadmap.events().get(at));
            }
        }
        return events;
    }

    private static List<Object> projections(MongoDatabase database) {
        return List.of(new AgreementBoardProjection(database), new AgreementDetailProjection(database),
                       new MilestonesProjection(database), new BodiesBoardProjection(database));
    }

    private static MongoDatabase oneAtATime(List<EventMessage<?>> events, MongoDatabase database) {
        projections(database).forEach(projection -> Projections.deliver(projection, events));
        return database;
    }

    @Test
    void aBatchLeavesTheReadModelsAsHandlingOneEventAtATimeDoes(MongoDatabase batched, MongoDatabase eventByEvent) {
        List<EventMessage<?>> events = events();

        projections(batched).forEach(projection -> Projections.deliverInOneBatch(projection, events));

        assertThat(stored(batched)).isEqualTo(stored(oneAtATime(events, eventByEvent)))
                                   .containsKeys(AgreementBoardProjection.COLLECTION, "bodies_board_last_reports");
    }

    @Test
    void aBatchThatFailsAtItsLastEventHasWrittenNothing(MongoDatabase database) {
        List<EventMessage<?>> events = events();
        EventMessage<?> last = events.get(events.size() - 1);

        for (Object projection : projections(database)) {
            assertThat(Projections.deliverInOneBatch(projection, events, event -> event == last)).isNotNull();
        }

        assertThat(stored(database)).allSatisfy((collection, documents) -> assertThat((Map<?, ?>) documents)
                .as(collection).isEmpty());
    }

    @Test
    void aBatchHandledAgainAfterAFailureEndsAsIfItHadNotFailed(MongoDatabase database, MongoDatabase eventByEvent) {
        // the first eleven events are in, up to trade's report of sequence 5, BY-MINTRADE's last report so far;
        // the batch with the rest, which corrects that report and then gives a later one, fails half-way, then
        // comes again
        List<EventMessage<?>> events = events();
        List<EventMessage<?>> before = events.subList(0, 11);
        List<EventMessage<?>> batch = events.subList(11, events.size());
        List<Object> projections = projections(database);
        projections.forEach(projection -> Projections.deliver(projection, before));
        Map<String, Object> beforeTheBatch = stored(database);
        EventMessage<?> halfWay = batch.get(batch.size() / 2);

        projections.forEach(projection -> Projections.deliverInOneBatch(projection, batch, event -> event == halfWay));
        assertThat(stored(database)).isEqualTo(beforeTheBatch);
        projections.forEach(projection -> Projections.deliverInOneBatch(projection, batch));

        assertThat(stored(database)).isEqualTo(stored(oneAtATime(events, eventByEvent)));
    }

    @Test
    void aBatchDeliveredAgainChangesNothing(MongoDatabase database) {
        List<EventMessage<?>> events = events();
        List<Object> projections = projections(database);
        projections.forEach(projection -> Projections.deliverInOneBatch(projection, events));
        Map<String, Object> once = stored(database);

        projections.forEach(projection -> Projections.deliverInOneBatch(projection, events));

        assertThat(stored(database)).isEqualTo(once);
    }

    /**
     * Every collection's documents by {@code _id}; postings as their sorted keys, leaving out empty ones
     * ({@link Postings#empty}).
     */
    private static Map<String, Object> stored(MongoDatabase database) {
        Map<String, Object> stored = new TreeMap<>();
        for (String name : database.listCollectionNames()) {
            Map<Object, Object> documents = new TreeMap<>();
            Function<Document, Object> content = name.endsWith("_postings")
                    ? posting -> posting.getList("keys", String.class).stream().sorted().toList()
                    : document -> document;
            for (Document document : database.getCollection(name).find()) {
                if (!Postings.empty(document)) {
                    documents.put(document.get("_id").toString(), content.apply(document));
                }
            }
            stored.put(name, documents);
        }
        return stored;
    }
}
