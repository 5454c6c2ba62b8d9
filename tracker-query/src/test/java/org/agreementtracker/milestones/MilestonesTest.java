package org.agreementtracker.milestones;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.board.ListMilestones;
import org.agreementtracker.api.board.MilestonePage;
import org.agreementtracker.api.board.MilestoneRow;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.IndicatorReading;
import org.agreementtracker.api.milestone.IndicatorStatus;
import org.agreementtracker.api.milestone.MilestoneCancelled;
import org.agreementtracker.api.milestone.MilestoneRescheduled;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.readmodel.AgreementHistory;
import org.agreementtracker.readmodel.FreshDatabases;
import org.agreementtracker.readmodel.Projections;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(FreshDatabases.class)
class MilestonesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-10T12:00:00Z"), ZoneOffset.UTC);
    private static final Clock TOMORROW = Clock.fixed(Instant.parse("2025-06-11T00:00:00Z"), ZoneOffset.UTC);
    private static final Indicator TRADE = new Indicator("Annual bilateral trade turnover", "USD million",
                                                         new BigDecimal("1000"), new BigDecimal("50.2"), 2019, true);
    private static final LocalDate MAY = LocalDate.of(2025, 5, 1);

    private MongoDatabase database;
    private MilestonesProjection projection;
    private MilestoneQueries queries;

    @BeforeEach
    void freshModel(MongoDatabase database) {
        this.database = database;
        projection = new MilestonesProjection(database);
        queries = new MilestoneQueries(database, CLOCK);
    }

    /** Two agreements whose milestones cover every case the filters tell apart. */
    private List<AgreementHistory> twoAgreements() {
        AgreementHistory trade = AgreementHistory.of("trade").registered("PKBY-TRADE").signed(LocalDate.of(2025, 4, 11))
                .planned("turnover", TODAY.minusDays(1), "PK-MOC", 3, TRADE)
                .planned("office", TODAY, "BY-MINTRADE")
                .planned("fair", TODAY.plusDays(1), "PK-MOC")
                .planned("dropped", TODAY.minusDays(30), "PK-MOC")
                .reported("turnover", "PK-MOC", MAY, ReportStatus.IN_PROGRESS, 40, new BigDecimal("500"))
                .reported("turnover", "BY-MINTRADE", MAY, ReportStatus.IN_PROGRESS, 40, new BigDecimal("480"))
                .reported("fair", "BY-MINTRADE", MAY, ReportStatus.ACHIEVED);
        trade.record(new MilestoneCancelled("trade", "dropped", "merged"));
        AgreementHistory labour = AgreementHistory.of("labour").registered("PKBY-LABOUR")
                .signed(LocalDate.of(2025, 4, 11))
                .planned("intake", TODAY.minusDays(20), "PK-MOC")
                .planned("visa", TODAY.minusDays(10), "BY-MINTRADE")
                .reported("intake", "PK-MOC", MAY, ReportStatus.ACHIEVED)
                .reported("intake", "BY-MINTRADE", MAY.plusDays(1), ReportStatus.ACHIEVED)
                .reported("visa", "BY-MINTRADE", MAY, ReportStatus.BLOCKED, 10, null);
        Projections.deliver(projection, trade.events());
        Projections.deliver(projection, labour.events());
        return List.of(trade, labour);
    }

    private List<String> ids(ListMilestones query) {
        return queries.page(query).rows().stream().map(MilestoneRow::milestoneId).toList();
    }

    @Test
    void aRowShowsTheMilestoneWithItsAgreementsRefAndItsReconciledState() {
        twoAgreements();

        MilestoneRow turnover = queries.page(ListMilestones.all()).rows().stream()
                                       .filter(row -> row.milestoneId().equals("turnover")).findFirst().orElseThrow();
        assertThat(turnover).isEqualTo(new MilestoneRow(
                "trade", "PKBY-TRADE", "turnover", "Milestone turnover", "PK-MOC", "PK", 3, TODAY.minusDays(1),
                // the sides' values for one date differ: the indicator is disputed, and with it the milestone
                MilestoneStatus.DISPUTED, true, new BigDecimal("40.0"), TRADE,
                new IndicatorReading(IndicatorStatus.DISPUTED, null, null), MAY, null, null));
    }

    @Test
    void rowsComeInOrderOfDueDate() {
        twoAgreements();

        assertThat(ids(ListMilestones.all()))
                .containsExactly("dropped", "intake", "visa", "turnover", "office", "fair");
    }

    @Test
    void overdueMeansOpenAndDueBeforeToday() {
        twoAgreements();

        assertThat(ids(new ListMilestones(true, null, null, null, null))).containsExactly("visa", "turnover");
        assertThat(ids(new ListMilestones(false, null, null, null, null)))
                .containsExactly("dropped", "intake", "office", "fair");
        assertThat(queries.overdueCount()).isEqualTo(2);

        MilestoneQueries tomorrow = new MilestoneQueries(database, TOMORROW);
        assertThat(tomorrow.page(new ListMilestones(true, null, null, null, null)).rows())
                .extracting(MilestoneRow::milestoneId).containsExactly("visa", "turnover", "office");
        assertThat(tomorrow.overdueCount()).isEqualTo(3);
    }

    @Test
    void filtersByOwnerDueDateAndStatus() {
        twoAgreements();

        assertThat(ids(new ListMilestones(null, "BY-MINTRADE", null, null, null))).containsExactly("visa", "office");
        assertThat(ids(new ListMilestones(null, null, TODAY, null, null)))
                .containsExactly("dropped", "intake", "visa", "turnover");
        assertThat(ids(new ListMilestones(null, null, null, MilestoneStatus.CONFIRMED, null))).containsExactly("intake");
        assertThat(ids(new ListMilestones(null, null, null, MilestoneStatus.CLAIMED, null))).containsExactly("fair");
        assertThat(ids(new ListMilestones(null, null, null, MilestoneStatus.BLOCKED, null))).containsExactly("visa");
        assertThat(ids(new ListMilestones(null, null, null, MilestoneStatus.NOT_REPORTED, null)))
                .containsExactly("office");
        assertThat(ids(new ListMilestones(null, null, null, MilestoneStatus.CANCELLED, null)))
                .containsExactly("dropped");
        assertThat(ids(new ListMilestones(null, null, null, MilestoneStatus.DISPUTED, null))).containsExactly("turnover");
        assertThat(ids(new ListMilestones(true, "PK-MOC", TODAY, MilestoneStatus.DISPUTED, null)))
                .containsExactly("turnover");
    }

    @Test
    void theLastReportedDateIsTheLatestBusinessDateNotTheLastReport() {
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-1").signed(LocalDate.of(2025, 4, 11))
                .planned("m", TODAY, "PK-MOC")
                .reported("m", "PK-MOC", LocalDate.of(2025, 6, 1), ReportStatus.IN_PROGRESS, 50, null)
                .reported("m", "BY-MINTRADE", LocalDate.of(2025, 5, 1), ReportStatus.IN_PROGRESS, 20, null);
        Projections.deliver(projection, history.events());

        assertThat(queries.page(ListMilestones.all()).rows().get(0).lastReportedOn()).isEqualTo(LocalDate.of(2025, 6, 1));
    }

    @Test
    void aRescheduledMilestoneMovesInTheListAndOutOfOverdue() {
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-1").signed(LocalDate.of(2025, 4, 11))
                .planned("late", TODAY.minusDays(5), "PK-MOC")
                .planned("next", TODAY.plusDays(5), "PK-MOC");
        history.record(new MilestoneRescheduled("a1", "late", TODAY.minusDays(5), TODAY.plusDays(10), "funding"));
        Projections.deliver(projection, history.events());

        assertThat(ids(ListMilestones.all())).containsExactly("next", "late");
        assertThat(queries.overdueCount()).isZero();
    }

    @Test
    void pagesCarryTheTotalOfAllMatchingRows() {
        twoAgreements();

        MilestonePage second = queries.page(ListMilestones.all().page(1, 4));
        assertThat(second.rows()).extracting(MilestoneRow::milestoneId).containsExactly("office", "fair");
        assertThat(second.total()).isEqualTo(6);
        MilestonePage overdue = queries.page(new ListMilestones(true, null, null, null, null).page(0, 1));
        assertThat(overdue.rows()).extracting(MilestoneRow::milestoneId).containsExactly("visa");
        assertThat(overdue.total()).isEqualTo(2);
    }

    @Test
    void everyPageSizeCutsTheSameRowsInTheSameOrder() {
        twoAgreements();
        List<ListMilestones> queries = List.of(
                ListMilestones.all(),
                new ListMilestones(true, null, null, null, null),
                new ListMilestones(false, null, null, null, null),
                new ListMilestones(null, null, TODAY, null, null),
                new ListMilestones(false, null, TODAY.plusDays(1), null, null),
                new ListMilestones(null, "PK-MOC", null, null, null),
                new ListMilestones(false, "PK-MOC", TODAY.plusDays(1), null, null));

        for (ListMilestones query : queries) {
            List<MilestoneRow> all = this.queries.page(query).rows();
            for (int size = 1; size <= 4; size++) {
                List<MilestoneRow> paged = new ArrayList<>();
                for (int page = 0; page * size < all.size() + size; page++) {
                    MilestonePage one = this.queries.page(query.page(page, size));
                    assertThat(one.total()).as("%s", query).isEqualTo(all.size());
                    paged.addAll(one.rows());
                }
                assertThat(paged).as("%s in pages of %d", query, size).isEqualTo(all);
            }
        }
    }

    @Test
    void listsByDateAloneAgreeWithTheRowsTheyCome() {
        twoAgreements();
        List<MilestoneRow> all = queries.page(ListMilestones.all()).rows();

        assertThat(queries.page(new ListMilestones(true, null, null, null, null)).rows())
                .isEqualTo(all.stream().filter(MilestoneRow::overdue).toList());
        assertThat(queries.page(new ListMilestones(false, null, TODAY, null, null)).rows())
                .isEqualTo(all.stream().filter(row -> !row.overdue() && row.dueOn().isBefore(TODAY)).toList());
        assertThat(queries.page(new ListMilestones(true, "PK-MOC", null, null, null)).rows())
                .isEqualTo(all.stream().filter(row -> row.overdue() && row.owner().equals("PK-MOC")).toList());
    }

    @Test
    void redeliveredEventsChangeNothing() {
        List<AgreementHistory> histories = twoAgreements();
        List<Document> stored = stored();
        List<MilestoneRow> rows = queries.page(ListMilestones.all()).rows();

        for (AgreementHistory history : histories) {
            Projections.deliver(projection, history.events());
            Projections.deliver(projection, history.events().subList(3, history.events().size()));
        }

        assertThat(stored()).isEqualTo(stored);
        assertThat(queries.page(ListMilestones.all()).rows()).isEqualTo(rows);
        assertThat(queries.overdueCount()).isEqualTo(2);
    }

    @Test
    void aResetForgetsEverything() {
        twoAgreements();

        Projections.reset(projection);

        assertThat(queries.page(ListMilestones.all()).rows()).isEmpty();
        assertThat(queries.overdueCount()).isZero();
        assertThat(stored()).isEmpty();
    }

    /** Everything the projection keeps. */
    private List<Document> stored() {
        List<Document> stored = new ArrayList<>();
        for (String collection : List.of(MilestonesProjection.COLLECTION, MilestonesProjection.AGREEMENTS,
                                         MilestoneFacets.COLLECTION)) {
            stored.addAll(database.getCollection(collection).find().sort(new Document("_id", 1))
                                  .into(new ArrayList<>()));
        }
        return stored;
    }
}
