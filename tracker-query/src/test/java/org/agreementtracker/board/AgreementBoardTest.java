package org.agreementtracker.board;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.agreement.AgreementCompleted;
import org.agreementtracker.api.agreement.AgreementEnteredIntoForce;
import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.agreement.AgreementSuspended;
import org.agreementtracker.api.board.AgreementPage;
import org.agreementtracker.api.board.AgreementRow;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.board.MilestoneCounts;
import org.agreementtracker.api.board.ReviewSummary;
import org.agreementtracker.api.milestone.MilestoneCancelled;
import org.agreementtracker.api.milestone.MilestoneRescheduled;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.api.review.ActionItem;
import org.agreementtracker.api.review.ActionItemCompleted;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;
import org.agreementtracker.api.review.ReviewRecorded;
import org.agreementtracker.readmodel.AgreementHistory;
import org.agreementtracker.readmodel.FreshDatabases;
import org.agreementtracker.readmodel.Projections;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(FreshDatabases.class)
class AgreementBoardTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-10T23:59:00Z"), ZoneOffset.UTC);

    private MongoDatabase database;
    private AgreementBoardProjection projection;
    private AgreementBoardQueries queries;

    @BeforeEach
    void freshBoard(MongoDatabase database) {
        this.database = database;
        projection = new AgreementBoardProjection(database);
        queries = new AgreementBoardQueries(database, CLOCK);
    }

    private AgreementRow onlyRow() {
        List<AgreementRow> rows = queries.page(ListAgreements.all()).rows();
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    @Test
    void aRegisteredAgreementIsADraftWithNothingToCount() {
        AgreementHistory history = AgreementHistory.of("a1")
                .registered("PKBY-2025-TRADE", "Trade agreement", List.of("TRADE", "INDUSTRY"), "PK-MOC", "BY-MINTRADE");
        Projections.deliver(projection, history.events());

        assertThat(onlyRow()).isEqualTo(new AgreementRow("a1", "PKBY-2025-TRADE", "Trade agreement",
                                                         AgreementKind.AGREEMENT, List.of("TRADE", "INDUSTRY"),
                                                         AgreementStatus.DRAFT, null, MilestoneCounts.none(), null,
                                                         null, history.lastRecordedAt(),
                                                         List.of("PK-MOC", "BY-MINTRADE"), null, null));
    }

    @Test
    void theRowFollowsTheLegalLifecycle() {
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-1").signed(LocalDate.of(2025, 4, 11));
        Projections.deliver(projection, history.events());
        assertThat(onlyRow().status()).isEqualTo(AgreementStatus.SIGNED);
        assertThat(onlyRow().signedOn()).isEqualTo(LocalDate.of(2025, 4, 11));

        history.record(new AgreementEnteredIntoForce("a1", LocalDate.of(2025, 5, 1)));
        history.record(new AgreementSuspended("a1", LocalDate.of(2025, 5, 20), "sanctions review"));
        Projections.deliver(projection, history.events().subList(2, 4));
        assertThat(onlyRow().status()).isEqualTo(AgreementStatus.SUSPENDED);
        assertThat(onlyRow().lastActivityAt()).isEqualTo(history.lastRecordedAt());
    }

    @Test
    void milestonesAreCountedAsReconciledAndOverdueIsJudgedOnTheDayOfTheQuestion() {
        LocalDate yesterday = TODAY.minusDays(1);
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-1").signed(LocalDate.of(2025, 4, 11))
                .planned("claimed", yesterday, "PK-MOC")
                .planned("confirmed", yesterday, "PK-MOC")
                .planned("disputed", yesterday, "PK-MOC")
                .planned("overdue", yesterday, "BY-MINTRADE")
                .planned("due-today", TODAY, "BY-MINTRADE")
                .planned("due-tomorrow", TODAY.plusDays(1), "BY-MINTRADE")
                .planned("cancelled", yesterday, "PK-MOC")
                .reported("claimed", "PK-MOC", LocalDate.of(2025, 5, 1), ReportStatus.ACHIEVED)
                .reported("confirmed", "PK-MOC", LocalDate.of(2025, 5, 1), ReportStatus.ACHIEVED)
                .reported("confirmed", "BY-MINTRADE", LocalDate.of(2025, 5, 2), ReportStatus.ACHIEVED)
                .reported("disputed", "PK-MOC", LocalDate.of(2025, 5, 1), ReportStatus.ACHIEVED)
                .reported("disputed", "BY-MINTRADE", LocalDate.of(2025, 5, 2), ReportStatus.BLOCKED)
                .reported("overdue", "BY-MINTRADE", LocalDate.of(2025, 5, 2), ReportStatus.IN_PROGRESS, 40, null);
        history.record(new MilestoneCancelled("a1", "cancelled", "no longer needed"));
        Projections.deliver(projection, history.events());

        // live: 6; achieved: claimed + confirmed; overdue: disputed and overdue (claimed and confirmed are not open)
        assertThat(onlyRow().milestones()).isEqualTo(new MilestoneCounts(6, 2, 1, 2, 1, TODAY));

        AgreementBoardQueries tomorrow = new AgreementBoardQueries(
                database, Clock.fixed(Instant.parse("2025-06-11T00:00:00Z"), ZoneOffset.UTC));
        assertThat(tomorrow.page(ListAgreements.all()).rows().get(0).milestones())
                .isEqualTo(new MilestoneCounts(6, 2, 1, 3, 1, TODAY.plusDays(1)));
    }

    @Test
    void progressIsTheWeightedMeanOfLiveMilestones() {
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-1").signed(LocalDate.of(2025, 4, 11))
                .planned("heavy", TODAY, "PK-MOC", 3, null)
                .planned("light", TODAY, "PK-MOC", 1, null)
                .planned("dropped", TODAY, "PK-MOC", 5, null)
                // heavy: PK 100, BY silent -> 50.0; light: PK 40, BY 60 -> 50.0... then BY says 80 -> 60.0
                .reported("heavy", "PK-MOC", LocalDate.of(2025, 5, 1), ReportStatus.ACHIEVED)
                .reported("light", "PK-MOC", LocalDate.of(2025, 5, 1), ReportStatus.IN_PROGRESS, 40, null)
                .reported("light", "BY-MINTRADE", LocalDate.of(2025, 5, 1), ReportStatus.IN_PROGRESS, 80, null)
                .reported("dropped", "PK-MOC", LocalDate.of(2025, 5, 1), ReportStatus.ACHIEVED);
        history.record(new MilestoneCancelled("a1", "dropped", "merged into heavy"));
        Projections.deliver(projection, history.events());

        // (3 * 50.0 + 1 * 60.0) / 4
        assertThat(onlyRow().progressPercent()).isEqualByComparingTo("52.5");
    }

    @Test
    void aReportAboutAnEarlierDateDoesNotUndoALaterOne() {
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-1").signed(LocalDate.of(2025, 4, 11))
                .planned("m", TODAY.minusDays(1), "PK-MOC")
                .reported("m", "PK-MOC", LocalDate.of(2025, 6, 1), ReportStatus.ACHIEVED)
                .reported("m", "PK-MOC", LocalDate.of(2025, 5, 1), ReportStatus.IN_PROGRESS, 30, null);
        Projections.deliver(projection, history.events());

        assertThat(onlyRow().milestones()).isEqualTo(new MilestoneCounts(1, 1, 0, 0, 0, null));
    }

    @Test
    void aRescheduledMilestoneIsJudgedByItsNewDueDate() {
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-1").signed(LocalDate.of(2025, 4, 11))
                .planned("m", TODAY.minusDays(10), "PK-MOC");
        Projections.deliver(projection, history.events());
        assertThat(onlyRow().milestones().overdue()).isEqualTo(1);

        history.record(new MilestoneRescheduled("a1", "m", TODAY.minusDays(10), TODAY.plusDays(30), "budget"));
        Projections.deliver(projection, List.of(history.last()));
        assertThat(onlyRow().milestones()).isEqualTo(new MilestoneCounts(1, 0, 0, 0, 0, TODAY.plusDays(30)));
    }

    @Test
    void theLatestReviewIsTheOneOfTheLatestDateNotTheLastRecorded() {
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-1").signed(LocalDate.of(2025, 4, 11));
        history.record(review("a1", "r1", LocalDate.of(2025, 5, 30), ImplementationScore.MINIMAL, Confidence.AMBER));
        history.record(review("a1", "r0", LocalDate.of(2025, 5, 1), ImplementationScore.NOT_STARTED, Confidence.RED));
        Projections.deliver(projection, history.events());
        assertThat(onlyRow().latestReview())
                .isEqualTo(new ReviewSummary(LocalDate.of(2025, 5, 30), ImplementationScore.MINIMAL, Confidence.AMBER));

        history.record(review("a1", "r2", LocalDate.of(2025, 5, 30), ImplementationScore.INTERMEDIATE, Confidence.GREEN));
        Projections.deliver(projection, List.of(history.last()));
        assertThat(onlyRow().latestReview()).isEqualTo(
                new ReviewSummary(LocalDate.of(2025, 5, 30), ImplementationScore.INTERMEDIATE, Confidence.GREEN));
    }

    @Test
    void everyEventIsActivityEvenOnesTheBoardDoesNotShow() {
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-1").signed(LocalDate.of(2025, 4, 11));
        history.record(new ReviewRecorded("a1", "r1", LocalDate.of(2025, 5, 1), ImplementationScore.MINIMAL,
                                          Confidence.AMBER, "slow",
                                          List.of(new ActionItem("r1-1", "Send list", "PK-MOC", "PK",
                                                                 LocalDate.of(2025, 6, 1)))));
        history.record(new ActionItemCompleted("a1", "r1", "r1-1", LocalDate.of(2025, 5, 20), "sent"));
        Projections.deliver(projection, history.events());

        assertThat(onlyRow().lastActivityAt()).isEqualTo(history.lastRecordedAt());
        assertThat(storedRow().get("version")).isEqualTo(3L);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-1").signed(LocalDate.of(2025, 4, 11))
                .planned("m1", TODAY.minusDays(1), "PK-MOC")
                .planned("m2", TODAY.plusDays(1), "PK-MOC")
                .reported("m1", "PK-MOC", LocalDate.of(2025, 5, 1), ReportStatus.ACHIEVED)
                .reported("m2", "BY-MINTRADE", LocalDate.of(2025, 5, 1), ReportStatus.BLOCKED, 10, null);
        history.record(review("a1", "r1", LocalDate.of(2025, 5, 30), ImplementationScore.MINIMAL, Confidence.AMBER));
        Projections.deliver(projection, history.events());
        Document stored = storedRow();
        List<Document> postings = storedPostings();
        AgreementRow row = onlyRow();

        // after a crash the processor delivers again what it handled since its last token, in order
        Projections.deliver(projection, history.events());
        Projections.deliver(projection, history.events().subList(3, 7));
        // a stale duplicate of an early event, delivered late, must not roll anything back either
        Projections.deliver(projection, List.of(history.events().get(1), history.events().get(0)));

        assertThat(storedRow()).isEqualTo(stored);
        assertThat(storedPostings()).isEqualTo(postings);
        assertThat(onlyRow()).isEqualTo(row);
        assertThat(row.milestones()).isEqualTo(new MilestoneCounts(2, 1, 0, 0, 0, TODAY.plusDays(1)));
    }

    @Test
    void eventsOfAnAgreementTheBoardNeverSawRegisteredAreIgnored() {
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-1").signed(LocalDate.of(2025, 4, 11));
        Projections.deliver(projection, history.events().subList(1, 2));

        assertThat(queries.page(ListAgreements.all()).rows()).isEmpty();
    }

    @Test
    void filtersBySectorStatusPartyConfidenceAndText() {
        AgreementHistory trade = AgreementHistory.of("trade")
                .registered("PKBY-2025-TRADE", "Agreement on Trade and Economic Cooperation", List.of("TRADE"),
                            "PK-MOC", "BY-MINTRADE")
                .signed(LocalDate.of(2025, 4, 11));
        trade.record(review("trade", "r", LocalDate.of(2025, 5, 1), ImplementationScore.MINIMAL, Confidence.GREEN));
        AgreementHistory labour = AgreementHistory.of("labour")
                .registered("PKBY-2025-LABOUR", "Labour mobility (150,000 workers)", List.of("LABOUR", "MIGRATION"),
                            "PK-MOPHRD", "BY-MINTRUDA")
                .signed(LocalDate.of(2025, 4, 11));
        labour.record(new AgreementEnteredIntoForce("labour", LocalDate.of(2025, 5, 1)));
        labour.record(review("labour", "r", LocalDate.of(2025, 5, 2), ImplementationScore.NOT_STARTED, Confidence.RED));
        AgreementHistory draft = AgreementHistory.of("draft")
                .registered("PKBY-2026-EDU", "Education exchange", List.of("EDUCATION", "TRADE"), "PK-MOFE", "BY-MINEDU");
        for (AgreementHistory history : List.of(trade, labour, draft)) {
            Projections.deliver(projection, history.events());
        }

        assertThat(refs(ListAgreements.all())).containsExactly("PKBY-2025-LABOUR", "PKBY-2025-TRADE", "PKBY-2026-EDU");
        assertThat(refs(new ListAgreements("TRADE", null, null, null, null, null)))
                .containsExactly("PKBY-2025-TRADE", "PKBY-2026-EDU");
        assertThat(refs(new ListAgreements(null, AgreementStatus.IN_FORCE, null, null, null, null)))
                .containsExactly("PKBY-2025-LABOUR");
        assertThat(refs(new ListAgreements(null, null, "BY-MINEDU", null, null, null)))
                .containsExactly("PKBY-2026-EDU");
        assertThat(refs(new ListAgreements(null, null, null, Confidence.GREEN, null, null)))
                .containsExactly("PKBY-2025-TRADE");
        assertThat(refs(new ListAgreements("TRADE", AgreementStatus.SIGNED, "PK-MOC", Confidence.GREEN, null, null)))
                .containsExactly("PKBY-2025-TRADE");
        assertThat(refs(new ListAgreements("TRADE", AgreementStatus.DRAFT, "PK-MOC", null, null, null))).isEmpty();
        // text: either ref or title, any case, taken literally
        assertThat(refs(new ListAgreements(null, null, null, null, "economic", null)))
                .containsExactly("PKBY-2025-TRADE");
        assertThat(refs(new ListAgreements(null, null, null, null, "pkby-2026", null)))
                .containsExactly("PKBY-2026-EDU");
        assertThat(refs(new ListAgreements(null, null, null, null, "(150,000", null)))
                .containsExactly("PKBY-2025-LABOUR");
        assertThat(refs(new ListAgreements(null, null, null, null, ".*", null))).isEmpty();
        assertThat(refs(new ListAgreements("TRADE", null, null, null, "edu", null))).containsExactly("PKBY-2026-EDU");
    }

    @Test
    void filtersFollowTheRowsAsTheyChange() {
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-1").signed(LocalDate.of(2025, 4, 11));
        history.record(review("a1", "r1", LocalDate.of(2025, 5, 1), ImplementationScore.MINIMAL, Confidence.RED));
        Projections.deliver(projection, history.events());
        assertThat(refs(new ListAgreements(null, AgreementStatus.SIGNED, null, Confidence.RED, null, null)))
                .containsExactly("PKBY-1");

        history.record(new AgreementEnteredIntoForce("a1", LocalDate.of(2025, 5, 2)));
        history.record(review("a1", "r2", LocalDate.of(2025, 6, 1), ImplementationScore.INTERMEDIATE,
                              Confidence.GREEN));
        Projections.deliver(projection, history.events().subList(3, 5));

        assertThat(refs(new ListAgreements(null, AgreementStatus.SIGNED, null, null, null, null))).isEmpty();
        assertThat(refs(new ListAgreements(null, null, null, Confidence.RED, null, null))).isEmpty();
        assertThat(refs(new ListAgreements(null, AgreementStatus.IN_FORCE, null, Confidence.GREEN, null, null)))
                .containsExactly("PKBY-1");
    }

    @Test
    void pagesComeInOrderOfRefWithTheTotalOfAllMatchingRows() {
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // registered out of order, and in mixed case: the board orders refs as the registry compares them
            String ref = (i % 2 == 0 ? "PKBY-" : "pkby-") + String.format("%02d", (i * 7) % 12);
            refs.add(ref);
            Projections.deliver(projection, AgreementHistory.of("id-" + i).registered(ref).events());
        }
        List<String> ordered = refs.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();

        AgreementPage first = queries.page(ListAgreements.all().page(0, 5));
        AgreementPage third = queries.page(ListAgreements.all().page(2, 5));
        AgreementPage beyond = queries.page(ListAgreements.all().page(3, 5));
        assertThat(first.rows()).extracting(AgreementRow::ref).containsExactlyElementsOf(ordered.subList(0, 5));
        assertThat(third.rows()).extracting(AgreementRow::ref).containsExactlyElementsOf(ordered.subList(10, 12));
        assertThat(beyond.rows()).isEmpty();
        assertThat(List.of(first.total(), third.total(), beyond.total())).containsOnly(12L);

        AgreementPage none = queries.page(new ListAgreements("NOTHING", null, null, null, null, null, 0, 5));
        assertThat(none.rows()).isEmpty();
        assertThat(none.total()).isZero();
    }

    @Test
    void aPageMustMakeSense() {
        assertThatThrownBy(() -> queries.page(ListAgreements.all().page(-1, 5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> queries.page(ListAgreements.all().page(0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aResetForgetsEverythingSoThatAReplayRebuildsIt() {
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-1").signed(LocalDate.of(2025, 4, 11));
        history.record(new AgreementEnteredIntoForce("a1", LocalDate.of(2025, 5, 1)));
        history.record(new AgreementCompleted("a1", LocalDate.of(2025, 6, 1), "done"));
        Projections.deliver(projection, history.events());
        AgreementRow before = onlyRow();

        Projections.reset(projection);
        assertThat(queries.page(ListAgreements.all()).rows()).isEmpty();
        assertThat(queries.page(new ListAgreements(null, AgreementStatus.COMPLETED, null, null, null, null)).rows())
                .isEmpty();

        Projections.deliver(projection, history.events());
        assertThat(onlyRow()).isEqualTo(before);
    }

    private List<String> refs(ListAgreements query) {
        return queries.page(query).rows().stream().map(AgreementRow::ref).toList();
    }

    private List<Document> storedPostings() {
        return database.getCollection(BoardFacets.COLLECTION).find().sort(new Document("_id", 1))
                       .into(new ArrayList<>());
    }

    private Document storedRow() {
        return database.getCollection(AgreementBoardProjection.COLLECTION).find().first();
    }

    private static ReviewRecorded review(String agreementId, String id, LocalDate on, ImplementationScore score,
                                         Confidence confidence) {
        return new ReviewRecorded(agreementId, id, on, score, confidence, "findings", List.of());
    }
}
