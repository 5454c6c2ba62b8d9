package org.agreementtracker.readmodel;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.agreement.AgreementEnteredIntoForce;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.board.AgreementDetail;
import org.agreementtracker.api.board.AgreementPage;
import org.agreementtracker.api.board.AgreementRow;
import org.agreementtracker.api.board.BodyRow;
import org.agreementtracker.api.board.FindAgreement;
import org.agreementtracker.api.board.FindBodiesBoard;
import org.agreementtracker.api.board.FindSummaryBoard;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.board.ListMilestones;
import org.agreementtracker.api.board.MilestoneCounts;
import org.agreementtracker.api.board.MilestonePage;
import org.agreementtracker.api.board.MilestoneRow;
import org.agreementtracker.api.board.SummaryBoard;
import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.asof.BoardSources;
import org.agreementtracker.board.AgreementBoardProjection;
import org.agreementtracker.board.AgreementBoardQueries;
import org.agreementtracker.bodies.BodiesBoardProjection;
import org.agreementtracker.bodies.BodiesBoardQueries;
import org.agreementtracker.classification.ClassificationProjection;
import org.agreementtracker.classification.Classifications;
import org.agreementtracker.classification.Readers;
import org.agreementtracker.classification.Redaction;
import org.agreementtracker.detail.AgreementDetailProjection;
import org.agreementtracker.detail.AgreementDetailQueries;
import org.agreementtracker.milestones.MilestoneQueries;
import org.agreementtracker.milestones.MilestonesProjection;
import org.agreementtracker.summary.SummaryBoardQueries;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.inmemory.InMemoryTokenStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The projections as the application runs them: each under its own tracking processor, named by its
 * processing group, writing once per batch of events, fed from an event store, answering through Axon's query bus; and a processor that lost its
 * token, which delivers everything again, changes nothing.
 */
class ProcessingGroupsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-10T12:00:00Z"), ZoneOffset.UTC);
    private static final List<String> GROUPS = List.of(AgreementBoardProjection.PROCESSING_GROUP,
                                                       AgreementDetailProjection.PROCESSING_GROUP,
                                                       MilestonesProjection.PROCESSING_GROUP,
                                                       BodiesBoardProjection.PROCESSING_GROUP,
                                                       ClassificationProjection.PROCESSING_GROUP);
    /** Every collection the projections write, as listed in the database after a run. */
    private static final List<String> COLLECTIONS = List.of(AgreementBoardProjection.COLLECTION,
                                                            "agreement_board_postings",
                                                            AgreementDetailProjection.COLLECTION,
                                                            MilestonesProjection.COLLECTION,
                                                            MilestonesProjection.AGREEMENTS,
                                                            "milestone_postings",
                                                            BodiesBoardProjection.COLLECTION,
                                                            "bodies_board_postings",
                                                            "bodies_board_last_reports",
                                                            ClassificationProjection.COLLECTION);

    private TestMongo mongo;
    private MongoDatabase database;
    private TokenStore tokens;
    private Configuration axon;

    @BeforeEach
    void start() {
        mongo = new TestMongo();
        database = mongo.freshDatabase();
        tokens = new InMemoryTokenStore();
        BodyRegister bodies = BodyRegister.of(List.of(new Body("PK-MOC", "PK", "Ministry of Commerce"),
                                                      new Body("BY-MINTRADE", "BY", "Ministry of Trade")));
        axon = DefaultConfigurer.defaultConfiguration()
                                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                                .eventProcessing(processing -> processing
                                        .usingTrackingEventProcessors()
                                        .registerTrackingEventProcessorConfiguration(
                                                c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                                                                        .andBatchSize(100))
                                        .registerTokenStore(c -> tokens)
                                        .registerDefaultHandlerInterceptor(
                                                (c, processor) -> BatchWrites.writtenAtTheEndOfEachBatch())
                                        .registerEventHandler(c -> new AgreementBoardProjection(database))
                                        .registerEventHandler(c -> new AgreementDetailProjection(database))
                                        .registerEventHandler(c -> new MilestonesProjection(database))
                                        .registerEventHandler(c -> new BodiesBoardProjection(database))
                                        .registerEventHandler(c -> new ClassificationProjection(database, Readers.SCHEME)))
                                .registerQueryHandler(c -> new BoardSources(new BoardSources.Live(
                                        new AgreementBoardQueries(database, CLOCK),
                                        new MilestoneQueries(database, CLOCK), new SummaryBoardQueries(database, CLOCK),
                                        new BodiesBoardQueries(database, bodies, CLOCK),
                                        new AgreementDetailQueries(database, CLOCK)), null,
                                        new Redaction(Readers.SCHEME, new Classifications(database))))
                                .buildConfiguration();
        axon.start();
    }

    @AfterEach
    void stop() {
        axon.shutdown();
        mongo.close();
    }

    private AgreementHistory history() {
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-2025-TRADE")
                .signed(LocalDate.of(2025, 4, 11))
                .planned("late", TODAY.minusDays(3), "PK-MOC")
                .planned("done", TODAY.plusDays(3), "BY-MINTRADE")
                .reported("done", "PK-MOC", LocalDate.of(2025, 6, 1), ReportStatus.ACHIEVED)
                .reported("done", "BY-MINTRADE", LocalDate.of(2025, 6, 2), ReportStatus.ACHIEVED);
        history.record(new AgreementEnteredIntoForce("a1", LocalDate.of(2025, 6, 5)));
        return history;
    }

    @Test
    void eachProjectionRunsUnderAProcessorNamedByItsProcessingGroup() {
        assertThat(axon.eventProcessingConfiguration().eventProcessors().keySet())
                .containsExactlyInAnyOrderElementsOf(GROUPS);
        for (String group : GROUPS) {
            assertThat(axon.eventProcessingConfiguration().eventProcessor(group, TrackingEventProcessor.class))
                    .as(group).isPresent();
        }
    }

    @Test
    void publishedEventsReachEveryReadModelAndTheQueryBusAnswersFromThem() {
        publish(history());
        awaitCaughtUp();
        assertThat(database.listCollectionNames().into(new ArrayList<>())).containsExactlyInAnyOrderElementsOf(COLLECTIONS);

        List<AgreementRow> rows = query(ListAgreements.all(), ResponseTypes.multipleInstancesOf(AgreementRow.class));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(AgreementStatus.IN_FORCE);
            assertThat(row.milestones()).isEqualTo(new MilestoneCounts(2, 1, 1, 1, 0, null));
        });
        AgreementPage page = query(ListAgreements.all().page(0, 10), ResponseTypes.instanceOf(AgreementPage.class));
        assertThat(page.rows()).isEqualTo(rows);
        assertThat(page.total()).isEqualTo(1);

        AgreementDetail detail = query(new FindAgreement("a1"), ResponseTypes.instanceOf(AgreementDetail.class));
        assertThat(detail.version()).isEqualTo(6);
        assertThat(query(new FindAgreement("unknown"), ResponseTypes.instanceOf(AgreementDetail.class))).isNull();

        List<MilestoneRow> overdue = query(new ListMilestones(true, null, null, null, null),
                                           ResponseTypes.multipleInstancesOf(MilestoneRow.class));
        assertThat(overdue).extracting(MilestoneRow::milestoneId).containsExactly("late");
        MilestonePage confirmed = query(new ListMilestones(null, null, null, MilestoneStatus.CONFIRMED, null)
                                                .page(0, 5), ResponseTypes.instanceOf(MilestonePage.class));
        assertThat(confirmed.rows()).extracting(MilestoneRow::agreementRef).containsExactly("PKBY-2025-TRADE");

        List<BodyRow> bodies = query(new FindBodiesBoard(null), ResponseTypes.multipleInstancesOf(BodyRow.class));
        assertThat(bodies).extracting(BodyRow::body, BodyRow::open, BodyRow::overdue, BodyRow::achieved)
                          .containsExactly(org.assertj.core.groups.Tuple.tuple("PK-MOC", 1, 1, 0),
                                           org.assertj.core.groups.Tuple.tuple("BY-MINTRADE", 0, 0, 1));

        SummaryBoard summary = query(new FindSummaryBoard(null), ResponseTypes.instanceOf(SummaryBoard.class));
        assertThat(summary.byStatus()).containsEntry(AgreementStatus.IN_FORCE, 1);
        assertThat(summary.milestones()).isEqualTo(new MilestoneCounts(2, 1, 1, 1, 0, null));
    }

    @Test
    void aProcessorThatLostItsTokensDeliversEverythingAgainAndNothingChanges() {
        publish(history());
        awaitCaughtUp();
        Map<String, List<Document>> before = storedReadModels();

        // as after a crash between writing the read models and storing the tokens: every event comes again
        for (String group : GROUPS) {
            EventProcessor processor = axon.eventProcessingConfiguration().eventProcessor(group).orElseThrow();
            processor.shutDown();
            for (int segment : tokens.fetchSegments(group)) {
                tokens.storeToken(null, group, segment);
            }
            processor.start();
        }
        awaitCaughtUp();

        assertThat(storedReadModels()).isEqualTo(before);
    }

    @Test
    void aResetProcessorRebuildsItsReadModelFromTheStart() {
        AgreementHistory history = history();
        publish(history);
        awaitCaughtUp();
        Map<String, List<Document>> before = storedReadModels();
        // something a rebuild must not keep
        for (String collection : COLLECTIONS) {
            database.getCollection(collection).insertOne(new Document("_id", "stale").append("version", 99L));
        }

        for (String group : GROUPS) {
            TrackingEventProcessor processor = axon.eventProcessingConfiguration()
                                                          .eventProcessor(group, TrackingEventProcessor.class)
                                                          .orElseThrow();
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        awaitCaughtUp();

        assertThat(storedReadModels()).isEqualTo(before);
    }

    /**
     * Publishes the events one at a time. Axon's {@code InMemoryEventStorageEngine} stores a list of events by putting
     * a {@code HashMap} of them into its sorted map, in the hash map's order: a processor reading while they go in
     * can pass a later event before an earlier one is there, and never see the earlier one. (That was this test's
     * rare failure: one processor's read model lacked the agreement's first event while its position was at the
     * head. The tracker's own event store makes a commit visible whole, and its readers meet positions in order.)
     */
    private void publish(AgreementHistory history) {
        history.events().forEach(event -> axon.eventStore().publish(event));
    }

    private <R> R query(Object query, ResponseType<R> responseType) {
        return axon.queryGateway().query(GenericMessage.asMessage(query).andMetaData(Readers.CLEARED), responseType)
                   .join();
    }

    private Map<String, List<Document>> storedReadModels() {
        Map<String, List<Document>> stored = new LinkedHashMap<>();
        for (String collection : COLLECTIONS) {
            List<Document> documents = database.getCollection(collection).find().sort(new Document("_id", 1))
                                               .into(new ArrayList<>());
            documents.removeIf(Postings::empty); // whether one is left depends on how events fell into batches
            stored.put(collection, documents);
        }
        return stored;
    }

    /**
     * Waits until every processor has handled every event in the store. (A replay is only over once an event after
     * the reset arrives, so "replaying" may stay true here.)
     */
    private void awaitCaughtUp() {
        long head = ((GlobalSequenceTrackingToken) axon.eventStore().createHeadToken()).getGlobalIndex();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (true) {
            boolean caughtUp = true;
            for (String group : GROUPS) {
                TrackingEventProcessor processor = axon.eventProcessingConfiguration()
                                                              .eventProcessor(group,
                                                                              TrackingEventProcessor.class)
                                                              .orElseThrow();
                Map<Integer, EventTrackerStatus> status = processor.processingStatus();
                caughtUp &= !status.isEmpty() && status.values().stream().allMatch(
                        segment -> !segment.isErrorState()
                                && segment.getCurrentPosition().orElse(-1) >= head);
            }
            if (caughtUp) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("The processors did not reach position " + head);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
