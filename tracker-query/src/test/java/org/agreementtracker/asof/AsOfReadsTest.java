package org.agreementtracker.asof;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.agreement.AgreementEvent;
import org.agreementtracker.api.agreement.AgreementSuspended;
import org.agreementtracker.api.board.AgreementDetail;
import org.agreementtracker.api.board.AgreementPage;
import org.agreementtracker.api.board.BodyRow;
import org.agreementtracker.api.board.FindAgreement;
import org.agreementtracker.api.board.FindBodiesBoard;
import org.agreementtracker.api.board.FindSummaryBoard;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.board.ListMilestones;
import org.agreementtracker.api.board.MilestonePage;
import org.agreementtracker.api.board.SummaryBoard;
import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.MilestoneCancelled;
import org.agreementtracker.api.milestone.MilestoneRescheduled;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.api.review.ActionItem;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;
import org.agreementtracker.api.review.ReviewRecorded;
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
import org.agreementtracker.readmodel.AgreementHistory;
import org.agreementtracker.readmodel.FreshDatabases;
import org.agreementtracker.readmodel.Projections;
import org.agreementtracker.summary.SummaryBoardQueries;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The as-of engine against the live read models: events go to the store (Axon's in-memory engine) and to the live
 * projections on the embedded store; what the live queries answered at an instant must be what the as-of queries
 * answer about that instant later, after more events, with or without checkpoints.
 */
@ExtendWith(FreshDatabases.class)
class AsOfReadsTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2025-12-31T12:00:00Z"), ZoneOffset.UTC);
    private static final BodyRegister REGISTER = BodyRegister.of(List.of(
            new Body("PK-MOC", "PK", "Ministry of Commerce"),
            new Body("BY-MINTRADE", "BY", "Ministry of Antimonopoly Regulation and Trade")));
    private static final Indicator TURNOVER = new Indicator("Trade turnover", "USD million",
                                                            new BigDecimal("1000"), null, null, true);

    private MongoDatabase database;
    private InMemoryEventStorageEngine store;
    private Checkpoints checkpoints;
    private BoardHistory history;
    private AsOfReads asOf;
    private List<Object> projections;

    @BeforeEach
    void freshTracker(MongoDatabase database) {
        this.database = database;
        store = new InMemoryEventStorageEngine();
        checkpoints = new Checkpoints(database, 2);
        history = new BoardHistory(store, checkpoints, Duration.ofMinutes(1));
        asOf = new AsOfReads(history, store, REGISTER, NOW);
        projections = List.of(new AgreementBoardProjection(database), new AgreementDetailProjection(database),
                              new MilestonesProjection(database), new BodiesBoardProjection(database),
                              new ClassificationProjection(database, Readers.SCHEME));
    }

    /** Records events in the store and hands them to the live projections, as the processors would. */
    private void record(List<DomainEventMessage<?>> events) {
        store.appendEvents(events);
        projections.forEach(projection -> Projections.deliver(projection, events));
    }

    /** Every answer of the five reads, live (judged on the day of {@code at}) or as of {@code at}. */
    private record Answers(AgreementPage board, AgreementPage filtered, AgreementDetail trade, AgreementDetail labour,
                           MilestonePage milestones, MilestonePage overdue, SummaryBoard summary,
                           List<BodyRow> bodies) {
    }

    private Answers live(Instant at) {
        return answers(new BoardSources(live(Clock.fixed(at, ZoneOffset.UTC)), null, redaction()), null);
    }

    private Answers asOf(Instant at) {
        return answers(new BoardSources(live(NOW), asOf, redaction()), at);
    }

    private Redaction redaction() {
        return new Redaction(Readers.SCHEME, new Classifications(database));
    }

    private BoardSources.Live live(Clock clock) {
        return new BoardSources.Live(new AgreementBoardQueries(database, clock), new MilestoneQueries(database, clock),
                                     new SummaryBoardQueries(database, clock),
                                     new BodiesBoardQueries(database, REGISTER, clock),
                                     new AgreementDetailQueries(database, clock));
    }

    /** Read by someone cleared for everything: redaction changes nothing, so live and as-of must agree in full. */
    private static Answers answers(BoardSources boards, Instant at) {
        MetaData reader = Readers.CLEARED;
        return new Answers(boards.agreements(new ListAgreements(null, null, null, null, null, at), reader),
                           boards.agreements(new ListAgreements("TRADE", null, "PK-MOC", null, "trade", at, 0, 5),
                                             reader),
                           boards.agreement(new FindAgreement("trade", at), reader),
                           boards.agreement(new FindAgreement("labour", at), reader),
                           boards.milestones(new ListMilestones(null, null, null, null, at), reader),
                           boards.milestones(new ListMilestones(true, "PK-MOC", null, null, at), reader),
                           boards.summary(new FindSummaryBoard(at), reader),
                           boards.bodies(new FindBodiesBoard(at), reader));
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2025, month, day);
    }

    /** Two agreements: trade from 1 April, labour from 2 April, their events a minute apart. */
    private AgreementHistory trade = AgreementHistory.of("trade");
    private AgreementHistory labour = new AgreementHistory("labour", Instant.parse("2025-04-02T09:00:00Z"));

    private void early() {
        record(trade.registered("PKBY-TRADE", "Trade agreement", List.of("TRADE"), "PK-MOC", "BY-MINTRADE")
                    .signed(day(4, 11))
                    .planned("turnover", day(5, 31), "PK-MOC", 3, TURNOVER)
                    .planned("office", day(4, 20), "BY-MINTRADE")
                    .reported("turnover", "PK-MOC", day(4, 1), ReportStatus.IN_PROGRESS, 30, new BigDecimal("300"))
                    .events());
        record(labour.registered("PKBY-LABOUR", "Labour mobility", List.of("LABOUR"), "PK-MOC", "BY-MINTRADE")
                     .planned("visa", day(4, 5), "PK-MOC")
                     .events());
    }

    /** The same agreement's history, its next events recorded from {@code from} on. */
    private static AgreementHistory continuing(AgreementHistory history, Instant from) {
        AgreementHistory next = new AgreementHistory(history.agreementId(),
                                                     from.minus(Duration.ofMinutes(history.events().size())));
        history.events().forEach(event -> next.record((AgreementEvent) event.getPayload()));
        return next;
    }

    /** More events of both agreements, recorded on 3 April. */
    private void later() {
        int tradeBefore = trade.events().size();
        int labourBefore = labour.events().size();
        trade = continuing(trade, Instant.parse("2025-04-03T10:00:00Z"));
        labour = continuing(labour, Instant.parse("2025-04-03T11:00:00Z"));
        trade.reported("turnover", "BY-MINTRADE", day(4, 1), ReportStatus.IN_PROGRESS, 30, new BigDecimal("310"))
             .reported("office", "BY-MINTRADE", day(4, 2), ReportStatus.ACHIEVED);
        trade.record(new MilestoneRescheduled("trade", "turnover", day(5, 31), day(9, 30), "late data"));
        trade.record(new ReviewRecorded("trade", "r1", day(4, 3), ImplementationScore.MINIMAL, Confidence.AMBER,
                                        "slow", List.of(new ActionItem("r1-1", "Send data", "PK-MOC", "PK",
                                                                       day(4, 30)))));
        labour.reported("visa", "PK-MOC", day(4, 1), ReportStatus.ACHIEVED);
        labour.record(new MilestoneCancelled("labour", "visa", "dropped"));
        labour.record(new AgreementSuspended("labour", day(4, 2), "talks"));
        record(trade.events().subList(tradeBefore, trade.events().size()));
        record(labour.events().subList(labourBefore, labour.events().size()));
    }

    @Test
    void everyReadAsOfAnInstantEqualsWhatTheLiveReadModelsAnsweredThen() {
        early();
        Instant captured = labour.lastRecordedAt().plusSeconds(30);
        Answers then = live(captured);
        later();

        assertThat(asOf(captured)).isEqualTo(then);
        assertThat(asOf(captured)).isNotEqualTo(asOf(NOW.instant()));
    }

    @Test
    void checkpointsBeforeOrAfterTheInstantChangeNoAnswer() {
        early();
        Instant captured = labour.lastRecordedAt().plusSeconds(30);
        Answers then = live(captured);
        history.checkpointAt(3);
        history.checkpointAt(8);
        later();
        Answers latest = live(NOW.instant());
        history.checkpointAt(12);
        history.checkpointAt(100);

        assertThat(checkpoints.all()).extracting(Checkpoint::position).containsExactly(3L, 6L, 12L, 13L);
        assertThat(asOf(captured)).isEqualTo(then);
        assertThat(asOf(NOW.instant())).isEqualTo(latest);
    }

    @Test
    void aReportRecordedAfterAnInstantIsInvisibleAsOfItAndVisibleAfter() {
        early();
        Instant before = labour.lastRecordedAt().plusSeconds(30);
        later();
        Instant reportedAt = trade.events().get(5).getTimestamp();

        assertThat(asOf.agreement("trade", before).milestones().get(0).reports()).hasSize(1);
        assertThat(asOf.agreement("trade", reportedAt).milestones().get(0).reports()).hasSize(2);
        assertThat(asOf.agreement("trade", reportedAt.minusMillis(1)).milestones().get(0).reports()).hasSize(1);
    }

    @Test
    void aLateReportAboutAnEarlierDateIsInvisibleAsOfAMomentBeforeItWasRecorded() {
        early();
        // on 3 April the tracker is told that the office opened on 2 April
        Instant thirdOfApril = Instant.parse("2025-04-03T08:00:00Z");
        AgreementHistory late = continuing(trade, Instant.parse("2025-04-03T10:00:00Z"));
        DomainEventMessage<?> report = late.reported("office", "BY-MINTRADE", day(4, 2), ReportStatus.ACHIEVED)
                                           .reported("office", "PK-MOC", day(4, 2), ReportStatus.ACHIEVED).last();
        record(late.events().subList(trade.events().size(), late.events().size()));

        assertThat(asOf.agreements(new ListAgreements(null, null, null, null, "trade", thirdOfApril), Set.of())
                       .rows().get(0)
                       .milestones().achieved()).isZero();
        assertThat(asOf.agreements(new ListAgreements(null, null, null, null, "trade", report.getTimestamp()),
                                   Set.of())
                       .rows().get(0).milestones().achieved()).isEqualTo(1);
        assertThat(asOf.bodies(thirdOfApril)).filteredOn(row -> row.body().equals("BY-MINTRADE"))
                                              .extracting(BodyRow::achieved).containsExactly(0);
    }

    @Test
    void beforeItsRegistrationTheTrackerKnowsNoAgreement() {
        early();
        Instant before = Instant.parse("2025-03-31T00:00:00Z");

        assertThat(asOf.agreement("trade", before)).isNull();
        assertThat(asOf.agreements(new ListAgreements(null, null, null, null, null, before), Set.of()).total())
                .isZero();
        assertThat(asOf.summary(before).milestones().total()).isZero();
    }

    @Test
    void overdueIsJudgedOnTheDateOfTheInstantAskedAbout() {
        early();

        assertThat(asOf.milestones(new ListMilestones(true, null, null, null, Instant.parse("2025-04-05T23:00:00Z")),
                                   Set.of(), Set.of()).rows()).isEmpty();
        assertThat(asOf.milestones(new ListMilestones(true, null, null, null, Instant.parse("2025-04-06T00:00:00Z")),
                                   Set.of(), Set.of()).rows())
                .extracting(row -> row.milestoneId()).containsExactly("visa");
    }

    @Test
    void anInstantStillToComeIsAnsweredAsNow() {
        early();
        later();

        assertThat(asOf(NOW.instant().plus(Duration.ofDays(400)))).isEqualTo(asOf(NOW.instant()));
    }

    @Test
    void aCorrectedLastReportOfABodyShowsCorrectedAsOfAfterTheCorrectionWithOrWithoutACheckpoint() {
        early();
        later();
        // BY-MINTRADE's last report is trade's sequence 6, the office ACHIEVED on 2 April; a checkpoint holds it
        long reportPosition = store.createHeadToken().position().orElseThrow();
        history.checkpointAt(reportPosition);
        int tradeBefore = trade.events().size();
        trade.corrected(6, day(4, 2), ReportStatus.IN_PROGRESS, 50);
        Instant beforeTheCorrection = trade.lastRecordedAt().minusMillis(1);
        record(trade.events().subList(tradeBefore, trade.events().size()));
        Answers latest = live(NOW.instant());

        assertThat(lastReportOf("BY-MINTRADE", latest.bodies()).status()).isEqualTo(ReportStatus.IN_PROGRESS);
        assertThat(asOf(NOW.instant())).isEqualTo(latest);
        assertThat(lastReportOf("BY-MINTRADE", asOf.bodies(beforeTheCorrection)).status())
                .isEqualTo(ReportStatus.ACHIEVED);
        checkpoints.clear();
        assertThat(asOf(NOW.instant())).as("folded from the start, no checkpoint").isEqualTo(latest);
    }

    private static BodyRow.LastReport lastReportOf(String body, List<BodyRow> rows) {
        return rows.stream().filter(row -> row.body().equals(body)).findFirst().orElseThrow().lastReport();
    }
}
