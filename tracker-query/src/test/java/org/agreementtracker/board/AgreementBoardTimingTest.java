package org.agreementtracker.board;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.agreement.AgreementEnteredIntoForce;
import org.agreementtracker.api.agreement.AgreementResumed;
import org.agreementtracker.api.agreement.AgreementSuspended;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.board.AgreementPage;
import org.agreementtracker.api.board.FindSummaryBoard;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;
import org.agreementtracker.api.review.ReviewRecorded;
import org.agreementtracker.readmodel.AgreementHistory;
import org.agreementtracker.readmodel.CopiedRows;
import org.agreementtracker.readmodel.Projections;
import org.agreementtracker.readmodel.TestMongo;
import org.agreementtracker.readmodel.Timing;
import org.agreementtracker.summary.SummaryBoardQueries;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast the board answers with 10,000 agreements on the embedded store (mongo-java-server, H2 in memory, over
 * TCP with the real driver). A measurement, not a check of behaviour, and sensitive to what else the machine runs:
 * run it on purpose with {@code -Dtracker.measure=true}.
 * <pre>./mvnw -B -pl tracker-query -am test -Dtest=AgreementBoardTimingTest -Dtracker.measure=true
 *     -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@EnabledIfSystemProperty(named = "tracker.measure", matches = "true")
class AgreementBoardTimingTest {

    private static final int AGREEMENTS = 10_000;
    private static final int RUNS = 200;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-10T12:00:00Z"), ZoneOffset.UTC);
    private static final String[] SECTORS = {"TRADE", "LABOUR", "ENERGY", "HEALTH", "EDUCATION", "DEFENCE",
            "AGRICULTURE", "TRANSPORT", "MINING", "INTERIOR"};
    private static final AgreementStatus[] STATUSES = {AgreementStatus.SIGNED, AgreementStatus.IN_FORCE,
            AgreementStatus.IN_FORCE, AgreementStatus.SUSPENDED, AgreementStatus.COMPLETED};
    private static final String[] BODIES = {"PK-MOC", "PK-MOFA", "PK-MOI", "PK-MOPHRD", "PK-MOE"};
    private static final Confidence[] CONFIDENCES = Confidence.values();

    @Test
    void aFilteredPageOfTheBoardWith10000Agreements() {
        try (TestMongo mongo = new TestMongo()) {
            MongoDatabase database = mongo.freshDatabase();
            fill(database);
            AgreementBoardQueries board = new AgreementBoardQueries(database, CLOCK);
            SummaryBoardQueries summary = new SummaryBoardQueries(database, CLOCK);

            ListAgreements sectorAndStatus = new ListAgreements("TRADE", AgreementStatus.IN_FORCE, null, null, null,
                                                                null, 0, 20);
            ListAgreements partyAndConfidence = new ListAgreements(null, null, "PK-MOI", Confidence.RED, null, null,
                                                                   1, 20);
            ListAgreements text = new ListAgreements(null, null, null, null, "cooperation 12", null, 0, 20);
            ListAgreements firstPage = ListAgreements.all().page(0, 20);
            ListAgreements deepPage = ListAgreements.all().page(400, 20);

            double filtered = report("sector + status, page 0 of 20", () -> board.page(sectorAndStatus));
            report("party + confidence, page 1 of 20", () -> board.page(partyAndConfidence));
            report("text q, page 0 of 20", () -> board.page(text));
            report("no filter, page 0 of 20", () -> board.page(firstPage));
            report("no filter, page 400 of 20", () -> board.page(deepPage));
            report("summary board", () -> summary.find(new FindSummaryBoard(null)));
            // the write side: one event changes one row, found by its unique agreementId, and two postings
            AgreementBoardProjection projection = new AgreementBoardProjection(database);
            AtomicLong sequence = new AtomicLong(1_000);
            report("one status change applied", () -> {
                long next = sequence.incrementAndGet();
                Object event = next % 2 == 0
                        ? new AgreementSuspended("agreement-4321", LocalDate.of(2025, 6, 1), "review")
                        : new AgreementResumed("agreement-4321", LocalDate.of(2025, 6, 2), "review done");
                Projections.deliver(projection, List.of(new GenericDomainEventMessage<>(
                        "Agreement", "agreement-4321", next, event)));
                return next;
            });

            AgreementPage page = board.page(sectorAndStatus);
            // TRADE is the first or second sector of 2 in 10 agreements; IN_FORCE the status of 2 in 5
            assertThat(page.total()).isEqualTo(AGREEMENTS * 2 / 10 * 2 / 5);
            assertThat(page.rows()).hasSize(20);
            assertThat(filtered).isLessThan(25.0);
        }
    }

    /** Times {@code query} {@value #RUNS} times after a warm-up, prints the {@link Timing}, returns its median. */
    private static double report(String what, Supplier<?> query) {
        Timing timing = Timing.of(query, 50, RUNS);
        System.out.printf("board of %d agreements, %-34s %s%n", AGREEMENTS, what, timing);
        return timing.medianMillis();
    }

    /**
     * 10,000 rows as the projection writes them: an agreement with five milestones, reports and a review goes through
     * the projection, then its row is copied under other ids, refs, sectors, statuses, parties and confidences, one
     * in twenty keeping the indicator, and the postings written to match (through the projection, 10,000 agreements
     * would take minutes to set up).
     */
    private static void fill(MongoDatabase database) {
        AgreementBoardProjection projection = new AgreementBoardProjection(database);
        Indicator workers = new Indicator("Workers", "persons", new BigDecimal("150000"));
        LocalDate may = LocalDate.of(2025, 5, 1);
        AgreementHistory template = AgreementHistory.of("template").registered("TEMPLATE")
                .signed(LocalDate.of(2025, 4, 11))
                .planned("m1", LocalDate.of(2025, 3, 1), "PK-MOC", 2, workers)
                .planned("m2", LocalDate.of(2025, 7, 1), "BY-MINTRADE")
                .planned("m3", LocalDate.of(2025, 9, 1), "PK-MOC")
                .planned("m4", LocalDate.of(2025, 12, 1), "BY-MINTRADE")
                .planned("m5", LocalDate.of(2026, 3, 1), "PK-MOC")
                .reported("m1", "PK-MOC", may, ReportStatus.IN_PROGRESS, 40, new BigDecimal("60000"))
                .reported("m1", "BY-MINTRADE", may, ReportStatus.IN_PROGRESS, 40, new BigDecimal("60000"))
                .reported("m2", "PK-MOC", may, ReportStatus.ACHIEVED)
                .reported("m3", "BY-MINTRADE", may, ReportStatus.BLOCKED, 10, null);
        template.record(new AgreementEnteredIntoForce("template", may));
        template.record(new ReviewRecorded("template", "r", LocalDate.of(2025, 6, 1), ImplementationScore.MINIMAL,
                                           Confidence.AMBER, "findings", List.of()));
        Projections.deliver(projection, template.events());
        MongoCollection<Document> collection = database.getCollection(AgreementBoardProjection.COLLECTION);
        Document row = CopiedRows.takeTemplate(collection);
        CopiedRows.insert(collection, row, AGREEMENTS, (copy, i) -> {
            String id = "agreement-" + i;
            String ref = String.format("PKBY-%05d", (i * 7919) % AGREEMENTS);
            copy.put("_id", AgreementBoardProjection.key(ref, id));
            copy.put("agreementId", id);
            copy.put("ref", ref);
            copy.put("title", "Agreement on cooperation number " + i);
            copy.put("sectors", List.of(SECTORS[i % 10], SECTORS[(i + 3) % 10]));
            copy.put("status", STATUSES[(i / 10) % 5].name());
            copy.put("parties", List.of(BODIES[i % 5], "BY-MINTRADE"));
            copy.get("latestReview", Document.class).put("confidence", CONFIDENCES[i % 3].name());
            copy.put("lastActivityAt", row.get("lastActivityAt"));
            if (i % 20 != 0) {
                // one agreement in twenty measures a milestone by an indicator
                copy.getList("milestones", Document.class).forEach(milestone -> {
                    milestone.put("indicator", null);
                    milestone.put("reading", null);
                });
            }
        }, BoardFacets::of, BoardFacets.postings(database));
        assertThat(collection.countDocuments()).isEqualTo(AGREEMENTS);
    }
}
