package org.agreementtracker.agreement;

import org.agreementtracker.api.agreement.AgreementClassified;
import org.agreementtracker.api.agreement.AgreementDeclassified;
import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.agreement.ClassifyAgreement;
import org.agreementtracker.api.agreement.DeclassifyAgreement;
import org.agreementtracker.api.agreement.RegisterAgreement;
import org.agreementtracker.api.agreement.SignAgreement;
import org.agreementtracker.api.agreement.Signatory;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.Clearance;
import org.agreementtracker.api.milestone.CorrectMilestoneReport;
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.PlanMilestone;
import org.agreementtracker.api.milestone.ReportMilestoneProgress;
import org.agreementtracker.api.milestone.ReportReplacement;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;
import org.agreementtracker.api.review.RecordReview;
import org.agreementtracker.api.review.ReviewRecorded;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.agreementtracker.agreement.Agreements.DUE_ON;
import static org.agreementtracker.agreement.Agreements.ID;
import static org.agreementtracker.agreement.Agreements.MILESTONE;
import static org.agreementtracker.agreement.Agreements.MILESTONE_TITLE;
import static org.agreementtracker.agreement.Agreements.OFFICIAL;
import static org.agreementtracker.agreement.Agreements.PARTIES;
import static org.agreementtracker.agreement.Agreements.PK_OFFICER;
import static org.agreementtracker.agreement.Agreements.REF;
import static org.agreementtracker.agreement.Agreements.SIGNED_ON;
import static org.agreementtracker.agreement.Agreements.TODAY;
import static org.agreementtracker.agreement.Agreements.refused;
import static org.agreementtracker.agreement.Agreements.refusedFor;
import static org.agreementtracker.agreement.Agreements.report;
import static org.agreementtracker.agreement.Agreements.signed;
import static org.agreementtracker.api.agreement.RefusalCode.INVALID_VALUE;
import static org.agreementtracker.api.agreement.RefusalCode.NOT_CLEARED;
import static org.agreementtracker.api.agreement.RefusalCode.NO_DECLASSIFICATION_DUE;
import static org.agreementtracker.api.agreement.RefusalCode.REQUIRED;
import static org.agreementtracker.api.agreement.RefusalCode.UNCHANGED;

/** Classifying agreements and milestones, declassifying them on their day, and refusing writers without clearance. */
class ClassificationTest {

    private static final String TITLE = "Military-technical roadmap 2025-2027";
    private static final Classification SECRET_DEFENCE = new Classification("SECRET", List.of("DEFENCE"), List.of());
    private static final Map<String, String> OFFICIAL_WRITER =
            new Clearance("OFFICIAL", Set.of(), null).toMetadata();
    private static final Map<String, String> SECRET_WRITER =
            new Clearance("SECRET", Set.of("DEFENCE"), null).toMetadata();

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = Agreements.fixture();
    }

    private static RegisterAgreement register(Classification classification) {
        return new RegisterAgreement(ID, REF, TITLE, AgreementKind.AGREEMENT, List.of("DEFENCE"),
                                     List.of("PK-MOD", "BY-MOD"), null, null, null, null, classification);
    }

    private static AgreementRegistered registered(Classification classification) {
        return new AgreementRegistered(ID, REF, TITLE, AgreementKind.AGREEMENT, List.of("DEFENCE"), PARTIES, null,
                                       null, null, null, classification);
    }

    private static Agreement created(RegisterAgreement command, Map<String, String> writer) {
        return new Agreement(command, Agreements.BODIES, Agreements.SCHEME, MetaData.from(writer));
    }

    @Nested
    class Registration {

        @Test
        void recordsTheClassificationGiven() {
            fixture.givenNoPriorActivity()
                   .whenConstructing(() -> created(register(SECRET_DEFENCE), SECRET_WRITER))
                   .expectEvents(registered(SECRET_DEFENCE));
        }

        @Test
        void refusesALevelOrCompartmentTheSchemeDoesNotKnow() {
            refused(fixture.givenNoPriorActivity()
                           .whenConstructing(() -> created(register(Classification.of("TOP_SECRET")), Map.of())),
                    INVALID_VALUE, "Level TOP_SECRET is not one of [PUBLIC, OFFICIAL, RESTRICTED, SECRET]");
            refused(fixture.givenNoPriorActivity()
                           .whenConstructing(() -> created(register(new Classification("SECRET", List.of("NUCLEAR"),
                                                                                      List.of())), Map.of())),
                    INVALID_VALUE, "Compartment NUCLEAR is not one of [DEFENCE]");
        }

        @Test
        void refusesAWriterWhoCouldNotReadWhatTheyRegister() {
            refused(fixture.givenNoPriorActivity()
                           .whenConstructing(() -> created(register(SECRET_DEFENCE), OFFICIAL_WRITER)),
                    NOT_CLEARED, "Your clearance does not allow you to read an agreement classified SECRET, DEFENCE, "
                            + "so you cannot write to it");
        }
    }

    @Nested
    class Reclassification {

        private ClassifyAgreement classify(Classification classification, String reason, LocalDate declassifyOn) {
            return new ClassifyAgreement(ID, classification, reason, declassifyOn, null);
        }

        @Test
        void raisesItForAReasonAndSchedulesItsDeclassification() {
            LocalDate publicFrom = LocalDate.parse("2027-01-01");
            fixture.given(registered(OFFICIAL))
                   .when(classify(SECRET_DEFENCE, "Annex on military-technical deliveries", publicFrom),
                         SECRET_WRITER)
                   .expectEvents(new AgreementClassified(ID, OFFICIAL, SECRET_DEFENCE,
                                                         "Annex on military-technical deliveries", publicFrom));
        }

        @Test
        void refusesWithoutAReasonOrWithNothingChanged() {
            refusedFor(fixture.given(registered(OFFICIAL)).when(classify(SECRET_DEFENCE, " ", null)),
                       REQUIRED, "reason");
            refused(fixture.given(registered(OFFICIAL)).when(classify(OFFICIAL, "Again", null)),
                    UNCHANGED, "Agreement agr-1 is already classified OFFICIAL");
        }

        @Test
        void refusesADeclassificationDayThatHasCome() {
            refusedFor(fixture.given(registered(OFFICIAL)).when(classify(SECRET_DEFENCE, "Annex", TODAY)),
                       INVALID_VALUE, "declassifyOn");
        }

        @Test
        void refusesToClassifyAboveTheWritersClearance() {
            refused(fixture.given(registered(OFFICIAL))
                           .when(classify(SECRET_DEFENCE, "Annex", null), OFFICIAL_WRITER),
                    NOT_CLEARED, "Your clearance does not allow you to read an agreement classified SECRET, DEFENCE, "
                            + "so you cannot write to it");
        }

        @Test
        void declassifiesOnTheScheduledDayAndNotBefore() {
            LocalDate publicFrom = TODAY.plusDays(1);
            AgreementClassified scheduled = new AgreementClassified(ID, OFFICIAL, SECRET_DEFENCE, "Annex", publicFrom);
            refused(fixture.given(registered(OFFICIAL), scheduled).when(new DeclassifyAgreement(ID, TODAY)),
                    NO_DECLASSIFICATION_DUE, "Agreement agr-1 has no declassification due by " + TODAY
                            + "; it is due on " + publicFrom);
            fixture.given(registered(OFFICIAL), scheduled)
                   .when(new DeclassifyAgreement(ID, publicFrom))
                   .expectEvents(new AgreementDeclassified(ID, SECRET_DEFENCE, Classification.of("PUBLIC"),
                                                           publicFrom));
            refused(fixture.given(registered(OFFICIAL), scheduled,
                                  new AgreementDeclassified(ID, SECRET_DEFENCE, Classification.of("PUBLIC"),
                                                            publicFrom))
                           .when(new DeclassifyAgreement(ID, publicFrom)),
                    NO_DECLASSIFICATION_DUE, "Agreement agr-1 has no declassification due by " + publicFrom);
        }
    }

    @Nested
    class WritersWithoutClearance {

        @Test
        void areRefusedAnyCommandOnTheAgreementAndTheRefusalNamesItByIdOnly() {
            SignAgreement sign = new SignAgreement(ID, SIGNED_ON, "Minsk",
                                                   List.of(new Signatory("Viktor Khrenin", "Minister", "BY")), null);
            refused(fixture.given(registered(SECRET_DEFENCE)).when(sign, OFFICIAL_WRITER),
                    NOT_CLEARED, "Your clearance does not allow you to read agreement agr-1, so you cannot write to "
                            + "it");
            fixture.given(registered(SECRET_DEFENCE)).when(sign, SECRET_WRITER).expectSuccessfulHandlerExecution();
        }

        @Test
        void areRefusedAReportOnAMilestoneRaisedAboveThem() {
            MilestonePlanned secret = new MilestonePlanned(ID, MILESTONE, MILESTONE_TITLE, DUE_ON, "PK-MODP", "PK", 1,
                                                           null, Classification.of("SECRET"));
            refused(fixture.given(registered(OFFICIAL), signed(), secret)
                           .when(report("r-1", PK_OFFICER, ReportStatus.IN_PROGRESS), OFFICIAL_WRITER),
                    NOT_CLEARED, "Your clearance does not allow you to read milestone m-1, so you cannot write to it");
        }

        @Test
        void areRefusedSideLimitedItemsOfTheOtherSide() {
            Classification pakistanOnly = new Classification("OFFICIAL", List.of(), List.of("PK"));
            Map<String, String> belarusOfficer = new Clearance("SECRET", Set.of("DEFENCE"), "BY").toMetadata();
            refused(fixture.given(registered(pakistanOnly), signed())
                           .when(report("r-1", Agreements.BY_OFFICER, ReportStatus.IN_PROGRESS), belarusOfficer),
                    NOT_CLEARED, "Your clearance does not allow you to read agreement agr-1, so you cannot write to "
                            + "it");
        }
    }

    @Nested
    class Milestones {

        private PlanMilestone plan(Classification classification) {
            return new PlanMilestone(ID, MILESTONE, MILESTONE_TITLE, DUE_ON, "PK-MODP", null, null, classification,
                                     null);
        }

        @Test
        void mayRaiseTheirAgreementsClassification() {
            fixture.given(registered(OFFICIAL))
                   .when(plan(SECRET_DEFENCE), SECRET_WRITER)
                   .expectEvents(new MilestonePlanned(ID, MILESTONE, MILESTONE_TITLE, DUE_ON, "PK-MODP", "PK", 1, null,
                                                      SECRET_DEFENCE));
        }

        @Test
        void areNeverClassifiedBelowTheirAgreement() {
            refused(fixture.given(registered(SECRET_DEFENCE)).when(plan(Classification.of("OFFICIAL"))),
                    INVALID_VALUE, "An item is never classified below its agreement, which is SECRET; OFFICIAL would "
                            + "lower it");
            refused(fixture.given(registered(SECRET_DEFENCE)).when(plan(Classification.of("SECRET"))),
                    INVALID_VALUE, "An item keeps its agreement's compartments [DEFENCE]");
            Classification pakistanOnly = new Classification("OFFICIAL", List.of(), List.of("PK"));
            refusedFor(fixture.given(registered(pakistanOnly)).when(plan(Classification.of("SECRET"))),
                       INVALID_VALUE, "classification.releasableTo");
        }

        @Test
        void areRefusedToAPlannerWhoCouldNotReadThem() {
            refused(fixture.given(registered(OFFICIAL)).when(plan(SECRET_DEFENCE), OFFICIAL_WRITER),
                    NOT_CLEARED, "Your clearance does not allow you to read a milestone classified SECRET, DEFENCE, "
                            + "so you cannot write to it");
        }
    }

    @Nested
    class ReportsAndReviews {

        private final MilestonePlanned planned = new MilestonePlanned(ID, MILESTONE, MILESTONE_TITLE, DUE_ON, "PK-MODP",
                                                                      "PK", 1, null);

        private ReportMilestoneProgress report(Classification classification) {
            return new ReportMilestoneProgress(ID, MILESTONE, "r-1", PK_OFFICER, null, TODAY, ReportStatus.IN_PROGRESS,
                                               null, null, "Deliveries on schedule", List.of(), classification, null);
        }

        @Test
        void aReportMayRaiseItsMilestonesClassification() {
            fixture.given(registered(OFFICIAL), signed(), planned)
                   .when(report(SECRET_DEFENCE), SECRET_WRITER)
                   .expectEvents(new MilestoneProgressReported(ID, MILESTONE, "r-1", "PK", "PK-MODP", PK_OFFICER, TODAY,
                                                               ReportStatus.IN_PROGRESS, null, null,
                                                               "Deliveries on schedule", List.of(), SECRET_DEFENCE));
        }

        @Test
        void aReportIsNeverBelowItsMilestoneNorAboveItsWriter() {
            MilestonePlanned secret = new MilestonePlanned(ID, MILESTONE, MILESTONE_TITLE, DUE_ON, "PK-MODP", "PK", 1,
                                                           null, Classification.of("SECRET"));
            refused(fixture.given(registered(OFFICIAL), signed(), secret)
                           .when(report(Classification.of("RESTRICTED")), SECRET_WRITER),
                    INVALID_VALUE, "An item is never classified below its agreement, which is SECRET; RESTRICTED "
                            + "would lower it");
            refused(fixture.given(registered(OFFICIAL), signed(), planned)
                           .when(report(Classification.of("SECRET")), OFFICIAL_WRITER),
                    NOT_CLEARED, "Your clearance does not allow you to read a report classified SECRET, so you cannot "
                            + "write to it");
        }

        @Test
        void aPieceOfEvidenceMayRaiseItsReportsButNeverLowerIt() {
            Evidence annex = new Evidence("Delivery schedule", null, null, "annex", SECRET_DEFENCE);
            ReportMilestoneProgress withAnnex = new ReportMilestoneProgress(
                    ID, MILESTONE, "r-1", PK_OFFICER, null, TODAY, ReportStatus.IN_PROGRESS, null, null, "On schedule",
                    List.of(new Evidence("Minutes", null, null, null), annex), null, null);
            fixture.given(registered(OFFICIAL), signed(), planned)
                   .when(withAnnex, SECRET_WRITER)
                   .expectEvents(new MilestoneProgressReported(
                           ID, MILESTONE, "r-1", "PK", "PK-MODP", PK_OFFICER, TODAY, ReportStatus.IN_PROGRESS, null,
                           null, "On schedule", List.of(new Evidence("Minutes", null, null, null), annex), null));
            refused(fixture.given(registered(OFFICIAL), signed(), planned).when(withAnnex, OFFICIAL_WRITER),
                    NOT_CLEARED, "Your clearance does not allow you to read evidence classified SECRET, DEFENCE, so "
                            + "you cannot write to it");
            ReportMilestoneProgress lowering = new ReportMilestoneProgress(
                    ID, MILESTONE, "r-1", PK_OFFICER, null, TODAY, ReportStatus.IN_PROGRESS, null, null, "On schedule",
                    List.of(new Evidence("Minutes", null, null, null, Classification.of("PUBLIC"))), null, null);
            refusedFor(fixture.given(registered(OFFICIAL), signed(), planned).when(lowering, SECRET_WRITER),
                       INVALID_VALUE, "evidence[0].classification.level");
        }

        @Test
        void aReviewMayRaiseItsAgreementsAndOnlyTheClearedRecordIt() {
            RecordReview review = new RecordReview(ID, "rv-1", TODAY, ImplementationScore.MINIMAL, Confidence.AMBER,
                                                   "Deliveries late", List.of(), SECRET_DEFENCE, null);
            fixture.given(registered(OFFICIAL), signed())
                   .when(review, SECRET_WRITER)
                   .expectEvents(new ReviewRecorded(ID, "rv-1", TODAY, ImplementationScore.MINIMAL, Confidence.AMBER,
                                                    "Deliveries late", List.of(), SECRET_DEFENCE));
            refused(fixture.given(registered(OFFICIAL), signed()).when(review, OFFICIAL_WRITER),
                    NOT_CLEARED, "Your clearance does not allow you to read a review classified SECRET, DEFENCE, so "
                            + "you cannot write to it");
        }

        @Test
        void aClassifiedReportIsCorrectedOnlyByAWriterWhoMayReadIt() {
            MilestoneProgressReported secret = new MilestoneProgressReported(
                    ID, MILESTONE, "r-1", "PK", "PK-MODP", PK_OFFICER, TODAY, ReportStatus.IN_PROGRESS, null, null,
                    "Deliveries on schedule", List.of(), SECRET_DEFENCE);
            CorrectMilestoneReport correction = new CorrectMilestoneReport(
                    ID, 3, null, "Wrong date", new ReportReplacement(TODAY.minusDays(1), null, null, null, null, null));
            refused(fixture.given(registered(OFFICIAL), signed(), planned, secret)
                           .when(correction, OFFICIAL_WRITER),
                    NOT_CLEARED, "Your clearance does not allow you to read report r-1, so you cannot write to it");
            fixture.given(registered(OFFICIAL), signed(), planned, secret)
                   .when(correction, SECRET_WRITER)
                   .expectSuccessfulHandlerExecution();
        }
    }
}
