package org.agreementtracker.readmodel;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.board.AgreementDetail;
import org.agreementtracker.api.board.AgreementRow;
import org.agreementtracker.api.board.BodyRow;
import org.agreementtracker.api.board.CorrectionNote;
import org.agreementtracker.api.board.FindAgreement;
import org.agreementtracker.api.board.FindBodiesBoard;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.board.ListMilestones;
import org.agreementtracker.api.board.MilestoneDetail;
import org.agreementtracker.api.board.MilestoneRow;
import org.agreementtracker.api.board.ReportEntry;
import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;
import org.agreementtracker.api.review.ReviewCorrected;
import org.agreementtracker.api.review.ReviewRecorded;
import org.agreementtracker.board.AgreementBoardProjection;
import org.agreementtracker.board.AgreementBoardQueries;
import org.agreementtracker.bodies.BodiesBoardProjection;
import org.agreementtracker.bodies.BodiesBoardQueries;
import org.agreementtracker.detail.AgreementDetailProjection;
import org.agreementtracker.detail.AgreementDetailQueries;
import org.agreementtracker.milestones.MilestoneQueries;
import org.agreementtracker.milestones.MilestonesProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A corrected report counts in place of the original on every board (the side's latest account, reconciliation, the
 * body's last report), and the detail shows it with its corrected values and why; so does a corrected review.
 */
@ExtendWith(FreshDatabases.class)
class CorrectedReportsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-10T12:00:00Z"), ZoneOffset.UTC);
    private static final BodyRegister REGISTER = BodyRegister.of(List.of(
            new Body("PK-MOC", "PK", "Ministry of Commerce"),
            new Body("BY-MINTRADE", "BY", "Ministry of Antimonopoly Regulation and Trade")));
    private static final Actor CHAIR = Actor.committee("chair");

    private MongoDatabase database;
    private List<Object> projections;

    @BeforeEach
    void freshModels(MongoDatabase database) {
        this.database = database;
        projections = List.of(new AgreementBoardProjection(database), new MilestonesProjection(database),
                              new BodiesBoardProjection(database), new AgreementDetailProjection(database));
    }

    private void deliver(AgreementHistory history) {
        projections.forEach(projection -> Projections.deliver(projection, history.events()));
    }

    /** Both sides said ACHIEVED (sequences 3 and 4): confirmed. */
    private static AgreementHistory confirmed() {
        return AgreementHistory.of("trade").registered("PKBY-TRADE").signed(LocalDate.of(2025, 4, 11))
                               .planned("m", LocalDate.of(2025, 9, 1), "PK-MOC")
                               .reported("m", "PK-MOC", LocalDate.of(2025, 5, 1), ReportStatus.ACHIEVED)
                               .reported("m", "BY-MINTRADE", LocalDate.of(2025, 5, 2), ReportStatus.ACHIEVED);
    }

    @Test
    void aCorrectedReportCountsInPlaceOfTheOriginalOnEveryBoard() {
        AgreementHistory history = confirmed();
        // BY's report was in truth IN_PROGRESS about 30 April, before PK's claim: out of step, not a dispute
        history.corrected(4, LocalDate.of(2025, 4, 30), ReportStatus.IN_PROGRESS, 50);
        deliver(history);

        AgreementRow row = new AgreementBoardQueries(database, CLOCK).page(ListAgreements.all()).rows().get(0);
        assertThat(row.milestones().confirmed()).isZero();
        assertThat(row.milestones().achieved()).isEqualTo(1); // claimed by one side
        MilestoneRow milestone = new MilestoneQueries(database, CLOCK).page(ListMilestones.all()).rows().get(0);
        assertThat(milestone.status()).isEqualTo(MilestoneStatus.CLAIMED);
        BodyRow.LastReport last = new BodiesBoardQueries(database, REGISTER, CLOCK).find(new FindBodiesBoard(null))
                .stream().filter(body -> body.body().equals("BY-MINTRADE")).findFirst().orElseThrow().lastReport();
        assertThat(last.status()).isEqualTo(ReportStatus.IN_PROGRESS);

        MilestoneDetail detail = detail().milestones().get(0);
        assertThat(detail.status()).isEqualTo(MilestoneStatus.CLAIMED);
        ReportEntry corrected = detail.reports().get(1);
        assertThat(corrected.status()).isEqualTo(ReportStatus.IN_PROGRESS);
        assertThat(corrected.progressPercent()).isEqualTo(50);
        assertThat(corrected.note()).isEqualTo("corrected note");
        assertThat(corrected.correction()).isEqualTo(new CorrectionNote("Entered wrongly", history.lastRecordedAt(),
                                                                        CHAIR, 5));
        assertThat(detail.reports().get(0).correction()).isNull();
    }

    @Test
    void theSidesAccountIsFoldedAgainFromItsReportsAsTheyNowStand() {
        // PK said BLOCKED about 1 May, then IN_PROGRESS about 10 May (sequence 4); that later report was in truth
        // about 20 April, so the account of 1 May, BLOCKED, is PK's latest
        AgreementHistory history = AgreementHistory.of("trade").registered("PKBY-TRADE").signed(LocalDate.of(2025, 4, 11))
                .planned("m", LocalDate.of(2025, 9, 1), "PK-MOC")
                .reported("m", "PK-MOC", LocalDate.of(2025, 5, 1), ReportStatus.BLOCKED)
                .reported("m", "PK-MOC", LocalDate.of(2025, 5, 10), ReportStatus.IN_PROGRESS, 40, null);
        history.corrected(4, LocalDate.of(2025, 4, 20), ReportStatus.IN_PROGRESS, 40);
        deliver(history);

        MilestoneRow milestone = new MilestoneQueries(database, CLOCK).page(ListMilestones.all()).rows().get(0);
        assertThat(milestone.status()).isEqualTo(MilestoneStatus.BLOCKED);
        assertThat(milestone.lastReportedOn()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(detail().milestones().get(0).status()).isEqualTo(MilestoneStatus.BLOCKED);
    }

    @Test
    void redeliveringACorrectionChangesNothing() {
        AgreementHistory history = confirmed();
        // BY's report was in truth IN_PROGRESS about 30 April, before PK's claim: out of step, not a dispute
        history.corrected(4, LocalDate.of(2025, 4, 30), ReportStatus.IN_PROGRESS, 50);
        deliver(history);
        AgreementDetail before = detail();

        deliver(history);

        assertThat(detail()).isEqualTo(before);
        assertThat(new MilestoneQueries(database, CLOCK).page(ListMilestones.all()).rows().get(0).status())
                .isEqualTo(MilestoneStatus.CLAIMED);
    }

    @Test
    void aCorrectedReviewShowsItsNewScoreAndConfidenceOnTheBoardAndInTheDetail() {
        AgreementHistory history = AgreementHistory.of("trade").registered("PKBY-TRADE").signed(LocalDate.of(2025, 4, 11));
        history.record(new ReviewRecorded("trade", "rv-1", LocalDate.of(2025, 6, 1), ImplementationScore.MINIMAL,
                                          Confidence.AMBER, "findings", List.of()));
        history.record(new ReviewCorrected("trade", "rv-1", 2, 3L, "Colour entered wrongly",
                                           ImplementationScore.MINIMAL, Confidence.GREEN, "findings"), CHAIR);
        deliver(history);

        AgreementRow row = new AgreementBoardQueries(database, CLOCK).page(ListAgreements.all()).rows().get(0);
        assertThat(row.latestReview().confidence()).isEqualTo(Confidence.GREEN);
        assertThat(new AgreementBoardQueries(database, CLOCK)
                           .page(new ListAgreements(null, null, null, Confidence.AMBER, null, null, null, null)).rows())
                .isEmpty();
        assertThat(detail().reviews().get(0).confidence()).isEqualTo(Confidence.GREEN);
        assertThat(detail().reviews().get(0).correction().reason()).isEqualTo("Colour entered wrongly");
    }

    private AgreementDetail detail() {
        return new AgreementDetailQueries(database, CLOCK).find(new FindAgreement("trade"));
    }
}
