package org.agreementtracker.detail;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.agreement.AgreementAnnounced;
import org.agreementtracker.api.agreement.AgreementEnteredIntoForce;
import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.agreement.AgreementResumed;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.agreement.AgreementSuspended;
import org.agreementtracker.api.agreement.Party;
import org.agreementtracker.api.agreement.Signatory;
import org.agreementtracker.api.board.ActionItemEntry;
import org.agreementtracker.api.board.AgreementDetail;
import org.agreementtracker.api.board.DueDateChange;
import org.agreementtracker.api.board.EvidenceEntry;
import org.agreementtracker.api.board.FindAgreement;
import org.agreementtracker.api.board.MilestoneDetail;
import org.agreementtracker.api.board.ReportEntry;
import org.agreementtracker.api.board.ReviewEntry;
import org.agreementtracker.api.board.StatusChange;
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.IndicatorReading;
import org.agreementtracker.api.milestone.IndicatorStatus;
import org.agreementtracker.api.milestone.MilestoneCancelled;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.MilestoneRescheduled;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.api.milestone.SideAccount;
import org.agreementtracker.api.review.ActionItem;
import org.agreementtracker.api.review.ActionItemCompleted;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;
import org.agreementtracker.api.review.ReviewRecorded;
import org.agreementtracker.readmodel.AgreementHistory;
import org.agreementtracker.readmodel.FreshDatabases;
import org.agreementtracker.readmodel.Projections;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(FreshDatabases.class)
class AgreementDetailTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-10T08:00:00Z"), ZoneOffset.UTC);
    private static final Indicator WORKERS = new Indicator("Pakistani workers employed in Belarus", "persons",
                                                           new BigDecimal("150000"), BigDecimal.ZERO, 2024, true);

    private MongoDatabase database;
    private AgreementDetailProjection projection;
    private AgreementDetailQueries queries;

    @BeforeEach
    void freshModel(MongoDatabase database) {
        this.database = database;
        projection = new AgreementDetailProjection(database);
        queries = new AgreementDetailQueries(database, CLOCK);
    }

    private AgreementDetail find(String id) {
        return queries.find(new FindAgreement(id));
    }

    @Test
    void anUnknownAgreementIsNotFound() {
        assertThat(find("nothing")).isNull();
    }

    @Test
    void theAgreementShowsItsPartiesSignatureAndEveryStepOfItsLifecycle() {
        AgreementHistory history = new AgreementHistory("a1", Instant.parse("2025-04-01T09:00:00Z"));
        history.record(new AgreementRegistered("a1", "PKBY-2025-LABOUR", "Labour mobility", AgreementKind.MOU,
                                               List.of("LABOUR"), List.of(new Party("PK-MOPHRD", "PK"),
                                                                          new Party("BY-MINTRUDA", "BY")),
                                               "150,000 workers", LocalDate.of(2025, 4, 11),
                                               LocalDate.of(2030, 4, 10), "PKBY-2024-ROADMAP"));
        history.signed(LocalDate.of(2025, 4, 11));
        history.record(new AgreementEnteredIntoForce("a1", LocalDate.of(2025, 5, 1)));
        history.record(new AgreementSuspended("a1", LocalDate.of(2025, 5, 20), "quota dispute"));
        history.record(new AgreementResumed("a1", LocalDate.of(2025, 6, 1), "quota agreed"));
        Projections.deliver(projection, history.events());
        List<Instant> recorded = history.events().stream().map(DomainEventMessage::getTimestamp).toList();

        AgreementDetail detail = find("a1");
        assertThat(detail).isEqualTo(new AgreementDetail(
                "a1", "PKBY-2025-LABOUR", "Labour mobility", AgreementKind.MOU, List.of("LABOUR"), "150,000 workers",
                LocalDate.of(2025, 4, 11), LocalDate.of(2030, 4, 10), "PKBY-2024-ROADMAP",
                List.of(new Party("PK-MOPHRD", "PK"), new Party("BY-MINTRUDA", "BY")),
                AgreementStatus.IN_FORCE,
                new AgreementDetail.Signature(LocalDate.of(2025, 4, 11), "Minsk",
                                              List.of(new Signatory("Ishaq Dar", "Foreign Minister", "PK"),
                                                      new Signatory("Maxim Ryzhenkov", "Foreign Minister", "BY"))),
                null,
                List.of(new StatusChange(AgreementStatus.DRAFT, null, null, recorded.get(0)),
                        new StatusChange(AgreementStatus.SIGNED, LocalDate.of(2025, 4, 11), null, recorded.get(1)),
                        new StatusChange(AgreementStatus.IN_FORCE, LocalDate.of(2025, 5, 1), null, recorded.get(2)),
                        new StatusChange(AgreementStatus.SUSPENDED, LocalDate.of(2025, 5, 20), "quota dispute",
                                         recorded.get(3)),
                        new StatusChange(AgreementStatus.IN_FORCE, LocalDate.of(2025, 6, 1), "quota agreed",
                                         recorded.get(4))),
                List.of(), List.of(), 4, null, null, null));
    }

    @Test
    void anAnnouncedCommitmentShowsItsAnnouncement() {
        AgreementHistory history = new AgreementHistory("jv", Instant.parse("2025-04-01T09:00:00Z"));
        history.record(new AgreementRegistered("jv", "PKBY-JV-TRACTORS", "Tractor assembly", AgreementKind.JOINT_VENTURE,
                                               List.of("INDUSTRY"), List.of(new Party("PK-MOIP", "PK"),
                                                                            new Party("BY-MINPROM", "BY")),
                                               null, null, null, null));
        history.record(new AgreementAnnounced("jv", LocalDate.of(2025, 4, 12), "announced in Minsk"));
        Projections.deliver(projection, history.events());

        AgreementDetail detail = find("jv");
        assertThat(detail.status()).isEqualTo(AgreementStatus.ANNOUNCED);
        assertThat(detail.signature()).isNull();
        assertThat(detail.announcement())
                .isEqualTo(new AgreementDetail.Announcement(LocalDate.of(2025, 4, 12), "announced in Minsk"));
        assertThat(detail.statusHistory()).extracting(StatusChange::status)
                                          .containsExactly(AgreementStatus.DRAFT, AgreementStatus.ANNOUNCED);
    }

    @Test
    void aMilestoneShowsEveryReportOfEachSideTheirReconciliationAndItsDueDateHistory() {
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-1").signed(LocalDate.of(2025, 4, 11))
                .planned("workers", LocalDate.of(2025, 5, 31), "PK-MOC", 2, WORKERS);
        history.record(new MilestoneRescheduled("a1", "workers", LocalDate.of(2025, 5, 31),
                                                LocalDate.of(2025, 9, 30), "visa processing"));
        history.record(new MilestoneRescheduled("a1", "workers", LocalDate.of(2025, 9, 30),
                                                LocalDate.of(2025, 12, 31), "second intake"));
        Evidence list = new Evidence("Placement list", "https://example.org/list.pdf", "ab".repeat(32), "list");
        MilestoneProgressReported pk = new MilestoneProgressReported(
                "a1", "workers", "rep-pk", "PK", "PK-MOC", AgreementHistory.PK_OFFICER, LocalDate.of(2025, 6, 1),
                ReportStatus.IN_PROGRESS, 20, new BigDecimal("30000"), "first intake placed", List.of(list));
        MilestoneProgressReported by = new MilestoneProgressReported(
                "a1", "workers", "rep-by", "BY", "BY-MINTRADE", AgreementHistory.BY_OFFICER, LocalDate.of(2025, 6, 1),
                ReportStatus.IN_PROGRESS, 20, new BigDecimal("30000.0"), "registered with the ministry", List.of());
        history.record(pk, AgreementHistory.PK_OFFICER);
        history.record(by, AgreementHistory.BY_OFFICER);
        Projections.deliver(projection, history.events());
        List<Instant> recorded = history.events().stream().map(DomainEventMessage::getTimestamp).toList();

        MilestoneDetail milestone = find("a1").milestones().get(0);
        assertThat(milestone.dueOn()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(milestone.dueDateHistory()).containsExactly(
                new DueDateChange(LocalDate.of(2025, 5, 31), LocalDate.of(2025, 9, 30), "visa processing",
                                  recorded.get(3)),
                new DueDateChange(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 12, 31), "second intake",
                                  recorded.get(4)));
        assertThat(milestone.reports()).containsExactly(
                new ReportEntry("rep-pk", "PK", "PK-MOC", AgreementHistory.PK_OFFICER, LocalDate.of(2025, 6, 1),
                                recorded.get(5), ReportStatus.IN_PROGRESS, 20, new BigDecimal("30000"),
                                "first intake placed", List.of(EvidenceEntry.of(0, list))),
                new ReportEntry("rep-by", "BY", "BY-MINTRADE", AgreementHistory.BY_OFFICER, LocalDate.of(2025, 6, 1),
                                recorded.get(6), ReportStatus.IN_PROGRESS, 20, new BigDecimal("30000.0"),
                                "registered with the ministry", List.of()));
        assertThat(milestone.indicator()).isEqualTo(WORKERS);
        assertThat(milestone.status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
        assertThat(milestone.overdue()).isFalse();
        // the same number, written differently, is agreed (which spelling the reading shows is not defined)
        IndicatorReading reading = milestone.reconciliation().indicator();
        assertThat(reading.status()).isEqualTo(IndicatorStatus.AGREED);
        assertThat(reading.value()).isEqualByComparingTo("30000");
        assertThat(reading.percentOfTarget()).isEqualTo(new BigDecimal("20.0"));
        assertThat(milestone.reconciliation().sides()).containsExactly(
                new SideAccount("PK", ReportStatus.IN_PROGRESS, LocalDate.of(2025, 6, 1), 20, new BigDecimal("30000"),
                                LocalDate.of(2025, 6, 1)),
                new SideAccount("BY", ReportStatus.IN_PROGRESS, LocalDate.of(2025, 6, 1), 20,
                                new BigDecimal("30000.0"), LocalDate.of(2025, 6, 1)));
        assertThat(milestone.reconciliation().progressPercent()).isEqualByComparingTo("20.0");
    }

    @Test
    void milestonesAreConfirmedClaimedOrDisputedAsTheSidesSayAndCancelledOnesSayWhy() {
        LocalDate may = LocalDate.of(2025, 5, 1);
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-1").signed(LocalDate.of(2025, 4, 11))
                .planned("confirmed", TODAY.minusDays(5), "PK-MOC")
                .planned("claimed", TODAY.minusDays(5), "PK-MOC")
                .planned("disputed", TODAY.minusDays(5), "PK-MOC")
                .planned("cancelled", TODAY.minusDays(5), "PK-MOC")
                .planned("silent", TODAY.minusDays(5), "PK-MOC")
                .reported("confirmed", "PK-MOC", may, ReportStatus.ACHIEVED)
                .reported("confirmed", "BY-MINTRADE", may, ReportStatus.ACHIEVED)
                .reported("claimed", "BY-MINTRADE", may, ReportStatus.ACHIEVED)
                // PK's "in progress" is of April, before BY's claim: out of step, so CLAIMED rather than DISPUTED
                .reported("claimed", "PK-MOC", may.minusDays(10), ReportStatus.IN_PROGRESS, 90, null)
                .reported("disputed", "PK-MOC", may, ReportStatus.ACHIEVED)
                .reported("disputed", "BY-MINTRADE", may, ReportStatus.NOT_STARTED);
        history.record(new MilestoneCancelled("a1", "cancelled", "overtaken by the roadmap"));
        Projections.deliver(projection, history.events());

        List<MilestoneDetail> milestones = find("a1").milestones();
        assertThat(milestones).extracting(MilestoneDetail::status).containsExactly(
                MilestoneStatus.CONFIRMED, MilestoneStatus.CLAIMED, MilestoneStatus.DISPUTED,
                MilestoneStatus.CANCELLED, MilestoneStatus.NOT_REPORTED);
        assertThat(milestones).extracting(MilestoneDetail::overdue).containsExactly(false, false, true, false, true);
        assertThat(milestones.get(3).cancellationReason()).isEqualTo("overtaken by the roadmap");
        assertThat(milestones.get(0).reconciliation().progressPercent()).isEqualByComparingTo("100");
        assertThat(milestones.get(1).reconciliation().progressPercent()).isEqualByComparingTo("95.0");
    }

    @Test
    void aMilestoneDueTodayIsNotOverdueUntilTomorrow() {
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-1").signed(LocalDate.of(2025, 4, 11))
                .planned("m", TODAY, "PK-MOC");
        Projections.deliver(projection, history.events());

        assertThat(find("a1").milestones().get(0).overdue()).isFalse();
        AgreementDetailQueries tomorrow = new AgreementDetailQueries(
                database, Clock.fixed(Instant.parse("2025-06-11T00:00:01Z"), ZoneOffset.UTC));
        assertThat(tomorrow.find(new FindAgreement("a1")).milestones().get(0).overdue()).isTrue();
    }

    @Test
    void reviewsKeepTheirActionItemsAndWhetherEachIsDoneOrOverdue() {
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-1").signed(LocalDate.of(2025, 4, 11));
        history.record(new ReviewRecorded("a1", "r1", LocalDate.of(2025, 5, 1), ImplementationScore.MINIMAL,
                                          Confidence.AMBER, "slow start",
                                          List.of(new ActionItem("r1-1", "Send the list", "PK-MOC", "PK",
                                                                 LocalDate.of(2025, 5, 15)),
                                                  new ActionItem("r1-2", "Open the office", "BY-MINTRADE", "BY",
                                                                 LocalDate.of(2025, 6, 1)),
                                                  new ActionItem("r1-3", "Report back", "PK-MOC", "PK", TODAY))));
        history.record(new ActionItemCompleted("a1", "r1", "r1-1", LocalDate.of(2025, 5, 14), "sent by post"));
        Projections.deliver(projection, history.events());

        ReviewEntry review = find("a1").reviews().get(0);
        assertThat(review).isEqualTo(new ReviewEntry(
                "r1", LocalDate.of(2025, 5, 1), history.events().get(2).getTimestamp(), ImplementationScore.MINIMAL,
                Confidence.AMBER, "slow start",
                List.of(new ActionItemEntry("r1-1", "Send the list", "PK-MOC", LocalDate.of(2025, 5, 15),
                                            LocalDate.of(2025, 5, 14), "sent by post", false),
                        new ActionItemEntry("r1-2", "Open the office", "BY-MINTRADE", LocalDate.of(2025, 6, 1),
                                            null, null, true),
                        new ActionItemEntry("r1-3", "Report back", "PK-MOC", TODAY, null, null, false))));
        assertThat(find("a1").version()).isEqualTo(3);
    }

    @Test
    void whoEnteredAReportComesFromTheEventsMetadataWhenThePayloadDoesNotSay() {
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-1").signed(LocalDate.of(2025, 4, 11))
                .planned("m", TODAY, "PK-MOC");
        Actor clerk = Actor.committee("clerk");
        history.record(new MilestoneProgressReported("a1", "m", "rep", "PK", "PK-MOC", null, LocalDate.of(2025, 6, 1),
                                                     ReportStatus.IN_PROGRESS, 10, null, "by letter", List.of()),
                       clerk);
        Projections.deliver(projection, history.events());

        assertThat(find("a1").milestones().get(0).reports().get(0).reportedBy()).isEqualTo(clerk);
    }

    @Test
    void redeliveredEventsChangeNothing() {
        AgreementHistory history = AgreementHistory.of("a1").registered("PKBY-1").signed(LocalDate.of(2025, 4, 11))
                .planned("m", TODAY, "PK-MOC", 1, WORKERS)
                .reported("m", "PK-MOC", LocalDate.of(2025, 6, 1), ReportStatus.IN_PROGRESS, 10, BigDecimal.TEN);
        history.record(new MilestoneRescheduled("a1", "m", TODAY, TODAY.plusDays(7), "late start"));
        history.record(new ReviewRecorded("a1", "r1", LocalDate.of(2025, 6, 2), ImplementationScore.MINIMAL,
                                          Confidence.AMBER, "slow", List.of(new ActionItem(
                "r1-1", "Speed up", "PK-MOC", "PK", LocalDate.of(2025, 7, 1)))));
        history.record(new ActionItemCompleted("a1", "r1", "r1-1", LocalDate.of(2025, 6, 5), "done"));
        Projections.deliver(projection, history.events());
        Document stored = stored();
        AgreementDetail detail = find("a1");

        Projections.deliver(projection, history.events());
        Projections.deliver(projection, history.events().subList(2, 5));

        assertThat(stored()).isEqualTo(stored);
        assertThat(find("a1")).isEqualTo(detail);
        assertThat(detail.milestones().get(0).reports()).hasSize(1);
        assertThat(detail.milestones().get(0).dueDateHistory()).hasSize(1);
        assertThat(detail.reviews()).hasSize(1);
        assertThat(detail.version()).isEqualTo(6);
    }

    private Document stored() {
        return database.getCollection(AgreementDetailProjection.COLLECTION).find().first();
    }
}
