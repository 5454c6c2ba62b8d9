package org.agreementtracker.bodies;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.api.board.BodyRow;
import org.agreementtracker.api.board.FindBodiesBoard;
import org.agreementtracker.api.milestone.MilestoneCancelled;
import org.agreementtracker.api.milestone.MilestoneRescheduled;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.readmodel.AgreementHistory;
import org.agreementtracker.readmodel.Projections;
import org.agreementtracker.readmodel.FreshDatabases;
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

@ExtendWith(FreshDatabases.class)
class BodiesBoardTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-10T12:00:00Z"), ZoneOffset.UTC);
    private static final BodyRegister REGISTER = BodyRegister.of(List.of(
            new Body("PK-MOC", "PK", "Ministry of Commerce"),
            new Body("BY-MINTRADE", "BY", "Ministry of Antimonopoly Regulation and Trade"),
            new Body("PK-MOFA", "PK", "Ministry of Foreign Affairs")));

    private MongoDatabase database;
    private BodiesBoardProjection projection;
    private BodiesBoardQueries queries;

    @BeforeEach
    void freshModel(MongoDatabase database) {
        this.database = database;
        projection = new BodiesBoardProjection(database);
        queries = new BodiesBoardQueries(database, REGISTER, CLOCK);
    }

    private List<AgreementHistory> twoAgreements() {
        AgreementHistory trade = AgreementHistory.of("trade").registered("PKBY-TRADE").signed(LocalDate.of(2025, 4, 11))
                .planned("achieved", TODAY.minusDays(5), "PK-MOC")
                .planned("overdue", TODAY.minusDays(5), "PK-MOC")
                .planned("due-today", TODAY, "PK-MOC")
                .planned("dropped", TODAY.minusDays(5), "PK-MOC")
                .planned("theirs", TODAY.minusDays(1), "BY-MINTRADE")
                .reported("achieved", "PK-MOC", LocalDate.of(2025, 5, 1), ReportStatus.ACHIEVED)
                // BY-MINTRADE reports on a PK-owned milestone as the other party: its own account
                .reported("overdue", "BY-MINTRADE", LocalDate.of(2025, 6, 2), ReportStatus.IN_PROGRESS, 30, null);
        trade.record(new MilestoneCancelled("trade", "dropped", "merged"));
        // recorded after the trade agreement's events
        AgreementHistory labour = new AgreementHistory("labour", Instant.parse("2025-04-02T09:00:00Z"))
                .registered("PKBY-LABOUR")
                .signed(LocalDate.of(2025, 4, 11))
                .planned("intake", TODAY.minusDays(20), "PK-MOC")
                .planned("visa", TODAY.plusDays(20), "BY-MINTRADE")
                .reported("intake", "PK-MOC", LocalDate.of(2025, 5, 20), ReportStatus.BLOCKED, 10, null)
                .reported("visa", "BY-MINTRADE", LocalDate.of(2025, 6, 2), ReportStatus.ACHIEVED)
                .reported("visa", "PK-MOC", LocalDate.of(2025, 5, 3), ReportStatus.ACHIEVED);
        Projections.deliver(projection, trade.events());
        Projections.deliver(projection, labour.events());
        return List.of(trade, labour);
    }

    @Test
    void everyBodyOfTheRegisterHasARowWithItsMilestonesCountedAndItsLastReport() {
        List<AgreementHistory> histories = twoAgreements();
        Instant byVisaRecorded = histories.get(1).events().get(5).getTimestamp();

        assertThat(queries.find(new FindBodiesBoard(null))).containsExactly(
                // open: overdue, due-today, intake; achieved: achieved; overdue: overdue, intake
                // last report: intake on 20 May is later than achieved on 1 May and visa on 3 May
                new BodyRow("PK-MOC", "PK", "Ministry of Commerce", 3, 2, 1, new BodyRow.LastReport(
                        "labour", "PKBY-LABOUR", "intake", ReportStatus.BLOCKED, LocalDate.of(2025, 5, 20),
                        histories.get(1).events().get(4).getTimestamp())),
                // open: theirs (overdue); achieved: visa (confirmed); both its reports are of 2 June: the later
                // recorded one stands
                new BodyRow("BY-MINTRADE", "BY", "Ministry of Antimonopoly Regulation and Trade", 1, 1, 1,
                            new BodyRow.LastReport("labour", "PKBY-LABOUR", "visa", ReportStatus.ACHIEVED,
                                                   LocalDate.of(2025, 6, 2), byVisaRecorded)),
                new BodyRow("PK-MOFA", "PK", "Ministry of Foreign Affairs", 0, 0, 0, null));
    }

    @Test
    void overdueIsJudgedOnTheDayOfTheQuestion() {
        twoAgreements();

        BodiesBoardQueries tomorrow = new BodiesBoardQueries(
                database, REGISTER, Clock.fixed(Instant.parse("2025-06-11T00:00:00Z"), ZoneOffset.UTC));
        assertThat(tomorrow.find(new FindBodiesBoard(null)).get(0).overdue()).isEqualTo(3);
    }

    @Test
    void aRescheduledMilestoneIsNoLongerOverdue() {
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-1").signed(LocalDate.of(2025, 4, 11))
                .planned("m", TODAY.minusDays(3), "PK-MOC");
        history.record(new MilestoneRescheduled("a1", "m", TODAY.minusDays(3), TODAY.plusDays(3), "late funds"));
        Projections.deliver(projection, history.events());

        assertThat(queries.find(new FindBodiesBoard(null)).get(0))
                .isEqualTo(new BodyRow("PK-MOC", "PK", "Ministry of Commerce", 1, 0, 0, null));
    }

    @Test
    void redeliveredEventsChangeNothing() {
        List<AgreementHistory> histories = twoAgreements();
        List<Document> stored = stored();
        List<BodyRow> rows = queries.find(new FindBodiesBoard(null));

        for (AgreementHistory history : histories) {
            Projections.deliver(projection, history.events());
            Projections.deliver(projection, history.events().subList(4, history.events().size()));
        }

        assertThat(stored()).isEqualTo(stored);
        assertThat(queries.find(new FindBodiesBoard(null))).isEqualTo(rows);
    }

    @Test
    void aResetForgetsEverything() {
        twoAgreements();

        Projections.reset(projection);

        assertThat(queries.find(new FindBodiesBoard(null))).extracting(BodyRow::open, BodyRow::achieved,
                                                                       BodyRow::lastReport)
                                                            .containsOnly(org.assertj.core.groups.Tuple.tuple(0, 0, null));
        assertThat(stored()).isEmpty();
    }

    /** Everything the projection keeps. */
    private List<Document> stored() {
        List<Document> stored = new ArrayList<>();
        for (String collection : List.of(BodiesBoardProjection.COLLECTION, BodyFacets.COLLECTION,
                                         LastReports.COLLECTION)) {
            stored.addAll(database.getCollection(collection).find().sort(new Document("_id", 1))
                                  .into(new ArrayList<>()));
        }
        return stored;
    }
}
