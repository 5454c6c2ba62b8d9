package org.agreementtracker.summary;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.agreement.AgreementEnteredIntoForce;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.board.FindSummaryBoard;
import org.agreementtracker.api.board.IndicatorProgress;
import org.agreementtracker.api.board.MilestoneCounts;
import org.agreementtracker.api.board.SummaryBoard;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.IndicatorStatus;
import org.agreementtracker.api.milestone.MilestoneCancelled;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;
import org.agreementtracker.api.review.ReviewRecorded;
import org.agreementtracker.board.AgreementBoardProjection;
import org.agreementtracker.readmodel.AgreementHistory;
import org.agreementtracker.readmodel.Projections;
import org.agreementtracker.readmodel.FreshDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(FreshDatabases.class)
class SummaryBoardTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-10T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate MAY = LocalDate.of(2025, 5, 1);
    private static final Indicator WORKERS = new Indicator("Workers employed", "persons", new BigDecimal("150000"));
    private static final Indicator TRADE = new Indicator("Trade turnover", "USD million", new BigDecimal("1000"),
                                                         new BigDecimal("50.2"), 2019, true);
    private static final Indicator VISAS = new Indicator("Visas issued", "visas", new BigDecimal("5000"));
    private static final Indicator OFFICES = new Indicator("Offices opened", "offices", new BigDecimal("3"));

    private MongoDatabase database;
    private AgreementBoardProjection board;
    private SummaryBoardQueries queries;

    @BeforeEach
    void freshModel(MongoDatabase database) {
        this.database = database;
        board = new AgreementBoardProjection(database);
        queries = new SummaryBoardQueries(database, CLOCK);
    }

    private List<AgreementHistory> threeAgreements() {
        AgreementHistory labour = AgreementHistory.of("labour")
                .registered("PKBY-LABOUR", "Labour", List.of("LABOUR", "MIGRATION"), "PK-MOPHRD", "BY-MINTRUDA")
                .signed(LocalDate.of(2025, 4, 11))
                .planned("workers", TODAY.plusDays(100), "PK-MOPHRD", 1, WORKERS)
                .planned("visas", TODAY.minusDays(1), "BY-MINTRUDA", 1, VISAS)
                .reported("workers", "PK-MOPHRD", MAY, ReportStatus.IN_PROGRESS, 10, new BigDecimal("15000"))
                .reported("visas", "PK-MOPHRD", MAY, ReportStatus.IN_PROGRESS, 50, new BigDecimal("2500"))
                .reported("visas", "BY-MINTRUDA", MAY, ReportStatus.IN_PROGRESS, 50, new BigDecimal("2600"));
        labour.record(new AgreementEnteredIntoForce("labour", LocalDate.of(2025, 5, 1)));
        labour.record(new ReviewRecorded("labour", "r", LocalDate.of(2025, 6, 1), ImplementationScore.MINIMAL,
                                         Confidence.AMBER, "slow", List.of()));
        AgreementHistory trade = AgreementHistory.of("trade")
                .registered("PKBY-TRADE", "Trade", List.of("TRADE"), "PK-MOC", "BY-MINTRADE")
                .signed(LocalDate.of(2025, 4, 11))
                .planned("turnover", TODAY.plusDays(5), "PK-MOC", 1, TRADE)
                .planned("offices", TODAY.minusDays(3), "PK-MOC", 1, OFFICES)
                .planned("fair", TODAY.minusDays(3), "PK-MOC")
                .reported("turnover", "PK-MOC", MAY, ReportStatus.IN_PROGRESS, 40, new BigDecimal("525.1"))
                .reported("turnover", "BY-MINTRADE", MAY, ReportStatus.IN_PROGRESS, 40, new BigDecimal("525.1"))
                .reported("fair", "PK-MOC", MAY, ReportStatus.ACHIEVED)
                .reported("fair", "BY-MINTRADE", MAY, ReportStatus.ACHIEVED);
        trade.record(new MilestoneCancelled("trade", "offices", "not needed"));
        trade.record(new ReviewRecorded("trade", "r", LocalDate.of(2025, 6, 1), ImplementationScore.INTERMEDIATE,
                                        Confidence.GREEN, "good", List.of()));
        AgreementHistory draft = AgreementHistory.of("draft")
                .registered("PKBY-DRAFT", "Draft", List.of("TRADE"), "PK-MOC", "BY-MINTRADE");
        for (AgreementHistory history : List.of(labour, trade, draft)) {
            Projections.deliver(board, history.events());
        }
        return List.of(labour, trade, draft);
    }

    @Test
    void agreementsAreCountedByStatusSectorAndConfidenceOfTheirLatestReview() {
        threeAgreements();

        SummaryBoard summary = queries.find(new FindSummaryBoard(null));
        assertThat(summary.byStatus()).containsOnly(
                entry(AgreementStatus.DRAFT, 1), entry(AgreementStatus.SIGNED, 1), entry(AgreementStatus.ANNOUNCED, 0),
                entry(AgreementStatus.IN_FORCE, 1), entry(AgreementStatus.SUSPENDED, 0),
                entry(AgreementStatus.COMPLETED, 0), entry(AgreementStatus.TERMINATED, 0),
                entry(AgreementStatus.EXPIRED, 0));
        assertThat(summary.bySector()).containsExactly(entry("LABOUR", 1), entry("MIGRATION", 1), entry("TRADE", 2));
        assertThat(summary.byConfidence())
                .containsExactly(entry(Confidence.GREEN, 1), entry(Confidence.AMBER, 1), entry(Confidence.RED, 0));
    }

    @Test
    void milestonesAreCountedOverAllAgreementsWithOverdueJudgedToday() {
        threeAgreements();

        // live: workers, visas (disputed values, overdue), turnover, fair (confirmed); offices cancelled
        assertThat(queries.find(new FindSummaryBoard(null)).milestones())
                .isEqualTo(new MilestoneCounts(4, 1, 1, 1, 1, TODAY.plusDays(5)));
        SummaryBoardQueries later = new SummaryBoardQueries(
                database, Clock.fixed(Instant.parse("2025-06-16T00:00:00Z"), ZoneOffset.UTC));
        assertThat(later.find(new FindSummaryBoard(null)).milestones())
                .isEqualTo(new MilestoneCounts(4, 1, 1, 2, 1, TODAY.plusDays(100)));
    }

    @Test
    void everyLiveIndicatorShowsItsTargetLatestValueAndPercent() {
        threeAgreements();

        assertThat(queries.find(new FindSummaryBoard(null)).indicators()).containsExactly(
                new IndicatorProgress("labour", "PKBY-LABOUR", "workers", "Workers employed", "persons",
                                      new BigDecimal("150000"), null, new BigDecimal("15000"), new BigDecimal("10.0"),
                                      IndicatorStatus.CLAIMED),
                new IndicatorProgress("labour", "PKBY-LABOUR", "visas", "Visas issued", "visas",
                                      new BigDecimal("5000"), null, null, null, IndicatorStatus.DISPUTED),
                // (525.1 - 50.2) / (1000 - 50.2)
                new IndicatorProgress("trade", "PKBY-TRADE", "turnover", "Trade turnover", "USD million",
                                      new BigDecimal("1000"), new BigDecimal("50.2"), new BigDecimal("525.1"),
                                      new BigDecimal("50.0"), IndicatorStatus.AGREED));
    }

    @Test
    void redeliveryToTheBoardDoesNotDoubleAnyCount() {
        List<AgreementHistory> histories = threeAgreements();
        SummaryBoard before = queries.find(new FindSummaryBoard(null));

        for (AgreementHistory history : histories) {
            Projections.deliver(board, history.events());
        }

        assertThat(queries.find(new FindSummaryBoard(null))).isEqualTo(before);
    }

    @Test
    void anEmptyTrackerHasAnEmptySummary() {
        SummaryBoard summary = queries.find(new FindSummaryBoard(null));

        assertThat(summary.byStatus().values()).containsOnly(0);
        assertThat(summary.bySector()).isEmpty();
        assertThat(summary.milestones()).isEqualTo(MilestoneCounts.none());
        assertThat(summary.indicators()).isEmpty();
        assertThat(Map.copyOf(summary.byConfidence()).values()).containsOnly(0);
    }
}
