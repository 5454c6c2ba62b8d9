package org.agreementtracker.agreement;

import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.agreement.AgreementAnnounced;
import org.agreementtracker.api.agreement.AgreementCompleted;
import org.agreementtracker.api.agreement.AgreementEnteredIntoForce;
import org.agreementtracker.api.agreement.AgreementExpired;
import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.agreement.AgreementResumed;
import org.agreementtracker.api.agreement.AgreementSigned;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.agreement.AgreementSuspended;
import org.agreementtracker.api.agreement.AgreementTerminated;
import org.agreementtracker.api.agreement.AgreementVersion;
import org.agreementtracker.api.agreement.Party;
import org.agreementtracker.api.agreement.RegisterAgreement;
import org.agreementtracker.api.agreement.SignAgreement;
import org.agreementtracker.api.agreement.Signatory;
import org.agreementtracker.api.board.AgreementDetail;
import org.agreementtracker.api.board.AgreementRow;
import org.agreementtracker.api.board.BodyRow;
import org.agreementtracker.api.board.DueDateChange;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.board.MilestoneCounts;
import org.agreementtracker.api.board.MilestoneDetail;
import org.agreementtracker.api.board.ReportEntry;
import org.agreementtracker.api.board.ReviewSummary;
import org.agreementtracker.api.board.StatusChange;
import org.agreementtracker.api.board.SummaryBoard;
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.LatestReports;
import org.agreementtracker.api.milestone.MilestoneCancelled;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.MilestoneReportCorrected;
import org.agreementtracker.api.milestone.MilestoneRescheduled;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.milestone.ReportMilestoneProgress;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.api.milestone.SideReport;
import org.agreementtracker.api.review.ActionItem;
import org.agreementtracker.api.review.ActionItemCompleted;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;
import org.agreementtracker.api.review.ReviewCorrected;
import org.agreementtracker.api.review.ReviewRecorded;
import org.agreementtracker.eventstore.TestMongo;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event, and a sample of commands and query results, survives the serializer the event store uses, and
 * events are stored with revision 1, except those whose shape changed since (see {@link #REVISED}). Records need no annotations for this; the test guards against a method that
 * looks like a getter ({@code isX}, {@code getX}) turning into a property that cannot be read back.
 */
class MessageSerializationTest {

    private static final Serializer SERIALIZER = TestMongo.serializer();
    private static final LocalDate DAY = LocalDate.parse("2025-04-11");
    private static final Indicator TRADE = new Indicator("Annual bilateral trade turnover", "USD million",
                                                         new BigDecimal("1000"), new BigDecimal("50.2"), 2019, true);
    private static final Actor OFFICER = Actor.ministry("amina", "PK", "PK-MOC");

    private static final List<Object> EVENTS = List.of(
            new AgreementRegistered("a", "PKBY-2015-TRADE-TARGET", "Trade", AgreementKind.INITIATIVE,
                                    List.of("TRADE"), List.of(new Party("PK-MOC", "PK"), new Party("BY-MART", "BY")),
                                    "Grow trade", DAY, DAY.plusYears(2), "PKBY-2024-ROADMAP"),
            new AgreementSigned("a", DAY, "Minsk", List.of(new Signatory("Ishaq Dar", "Foreign Minister", "PK"))),
            new AgreementAnnounced("a", DAY, "During the visit"),
            new AgreementEnteredIntoForce("a", DAY),
            new AgreementSuspended("a", DAY, "why"),
            new AgreementResumed("a", DAY, "why"),
            new AgreementTerminated("a", DAY, "why"),
            new AgreementCompleted("a", DAY, "why"),
            new AgreementExpired("a", DAY, null),
            new MilestonePlanned("a", "m", "Trade at USD 1bn", DAY, "PK-MOC", "PK", 3, TRADE),
            new MilestoneRescheduled("a", "m", DAY, DAY.plusMonths(6), "why"),
            new MilestoneCancelled("a", "m", "why"),
            new MilestoneProgressReported("a", "m", "r", "PK", "PK-MOC", OFFICER, DAY, ReportStatus.IN_PROGRESS, 12,
                                          new BigDecimal("123.45"), "note",
                                          List.of(new Evidence("Customs data", "https://example.org/c.pdf",
                                                               "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15"
                                                                       + "b0f00a08", "statistics"))),
            new ReviewRecorded("a", "rv", DAY, ImplementationScore.NO_EVIDENCE, Confidence.RED, "findings",
                               List.of(new ActionItem("rv-1", "Do it", "PK-MOC", "PK", DAY))),
            new ActionItemCompleted("a", "rv", "rv-1", DAY, "done"),
            new MilestoneReportCorrected("a", "m", "r", 12, 40L, "why", "PK", "PK-MOC", DAY, ReportStatus.ACHIEVED,
                                         100, new BigDecimal("150.5"), "note", List.of(),
                                         LatestReports.none()
                                                 .with(new SideReport("PK", DAY, ReportStatus.ACHIEVED, 100,
                                                                      new BigDecimal("150.5")))
                                                 .with(new SideReport("BY", DAY, ReportStatus.IN_PROGRESS, 80, null))),
            new ReviewCorrected("a", "rv", 13, 41L, "why", ImplementationScore.FULL, Confidence.GREEN, "findings"));

    /** Events at a later revision than 1, with the upcaster that reads their earlier revisions. */
    private static final Map<Class<?>, String> REVISED = Map.of(AgreementRegistered.class, "2");

    @Test
    void everyEventRoundTripsAtItsRevision() {
        for (Object event : EVENTS) {
            SerializedObject<String> serialized = SERIALIZER.serialize(event, String.class);

            assertThat(serialized.getType().getRevision()).as(event.getClass().getSimpleName())
                                                          .isEqualTo(REVISED.getOrDefault(event.getClass(), "1"));
            assertThat((Object) SERIALIZER.deserialize(serialized)).isEqualTo(event);
        }
    }

    @Test
    void datesAreWrittenAsIsoText() {
        String json = SERIALIZER.serialize(new AgreementEnteredIntoForce("a", DAY), String.class).getData();

        assertThat(json).isEqualTo("{\"agreementId\":\"a\",\"effectiveOn\":\"2025-04-11\"}");
    }

    @Test
    void commandsAndTheirResultsRoundTrip() {
        List<Object> messages = List.of(
                new RegisterAgreement("a", "R", "T", AgreementKind.MOU, List.of("TRADE"), List.of("PK-MOC", "BY-MART"),
                                      null, null, null, null),
                new SignAgreement("a", DAY, "Minsk", List.of(), 3L),
                new ReportMilestoneProgress("a", "m", "r", OFFICER, null, DAY, ReportStatus.ACHIEVED, 100, null, "n",
                                            List.of()),
                new AgreementVersion("a", 7));

        for (Object message : messages) {
            assertThat((Object) SERIALIZER.deserialize(SERIALIZER.serialize(message, String.class))).isEqualTo(message);
        }
    }

    @Test
    void boardRecordsRoundTrip() {
        LatestReports latest = LatestReports.none()
                                            .with(new SideReport("PK", DAY, ReportStatus.ACHIEVED, 100, null));
        MilestoneDetail milestone = new MilestoneDetail(
                "m", "Trade", "PK-MOC", "PK", 1, TRADE, DAY,
                List.of(new DueDateChange(DAY.minusDays(1), DAY, "why", Instant.parse("2025-04-12T10:00:00Z"))),
                MilestoneStatus.CLAIMED, false, null, latest.reconcile(List.of("PK", "BY"), TRADE),
                List.of(new ReportEntry("r", "PK", "PK-MOC", OFFICER, DAY, Instant.parse("2025-04-12T10:00:00Z"),
                                        ReportStatus.ACHIEVED, 100, null, "n", List.of())), null, null);
        List<Object> results = List.of(
                new ListAgreements("TRADE", AgreementStatus.IN_FORCE, "PK-MOC", Confidence.GREEN, "trade", null),
                new AgreementRow("a", "R", "T", AgreementKind.MOU, List.of("TRADE"), AgreementStatus.SIGNED, DAY,
                                 new MilestoneCounts(3, 1, 0, 1, 0, DAY), new BigDecimal("33.3"),
                                 new ReviewSummary(DAY, ImplementationScore.MINIMAL, Confidence.AMBER),
                                 Instant.parse("2025-04-12T10:00:00Z"), List.of("PK-MOC"), null, null),
                new AgreementDetail("a", "R", "T", AgreementKind.MOU, List.of("TRADE"), null, null, null, null,
                                    List.of(new Party("PK-MOC", "PK")), AgreementStatus.SIGNED,
                                    new AgreementDetail.Signature(DAY, "Minsk", List.of()), null,
                                    List.of(new StatusChange(AgreementStatus.SIGNED, DAY, null,
                                                             Instant.parse("2025-04-12T10:00:00Z"))),
                                    List.of(milestone), List.of(), 4, null, null, null),
                new SummaryBoard(Map.of(AgreementStatus.SIGNED, 2), Map.of("TRADE", 1), Map.of(Confidence.RED, 1),
                                 MilestoneCounts.none(), List.of()),
                new BodyRow("PK-MOC", "PK", "Ministry of Commerce", 2, 1, 0,
                            new BodyRow.LastReport("a", "R", "m", ReportStatus.IN_PROGRESS, DAY,
                                                   Instant.parse("2025-04-12T10:00:00Z"))));

        for (Object result : results) {
            assertThat((Object) SERIALIZER.deserialize(SERIALIZER.serialize(result, String.class))).isEqualTo(result);
        }
    }
}
