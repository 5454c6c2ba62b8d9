package org.agreementtracker.agreement;

import org.agreementtracker.api.review.ActionDecision;
import org.agreementtracker.api.review.ActionItem;
import org.agreementtracker.api.review.ActionItemCompleted;
import org.agreementtracker.api.review.CompleteActionItem;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;
import org.agreementtracker.api.review.RecordReview;
import org.agreementtracker.api.review.ReviewRecorded;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.agreementtracker.agreement.Agreements.ID;
import static org.agreementtracker.agreement.Agreements.REF;
import static org.agreementtracker.agreement.Agreements.SIGNED_ON;
import static org.agreementtracker.agreement.Agreements.TODAY;
import static org.agreementtracker.agreement.Agreements.inForce;
import static org.agreementtracker.agreement.Agreements.refused;
import static org.agreementtracker.agreement.Agreements.refusedFor;
import static org.agreementtracker.agreement.Agreements.registered;
import static org.agreementtracker.agreement.Agreements.signed;
import static org.agreementtracker.agreement.Agreements.terminated;
import static org.agreementtracker.api.agreement.RefusalCode.ACTION_ITEM_COMPLETED;
import static org.agreementtracker.api.agreement.RefusalCode.AGREEMENT_NOT_CONCLUDED;
import static org.agreementtracker.api.agreement.RefusalCode.DATE_IN_FUTURE;
import static org.agreementtracker.api.agreement.RefusalCode.DATE_OUT_OF_ORDER;
import static org.agreementtracker.api.agreement.RefusalCode.DUPLICATE_ID;
import static org.agreementtracker.api.agreement.RefusalCode.INVALID_VALUE;
import static org.agreementtracker.api.agreement.RefusalCode.NOT_A_PARTY;
import static org.agreementtracker.api.agreement.RefusalCode.REQUIRED;
import static org.agreementtracker.api.agreement.RefusalCode.UNKNOWN_ACTION_ITEM;
import static org.agreementtracker.api.agreement.RefusalCode.UNKNOWN_BODY;

class ReviewTest {

    private static final LocalDate REVIEWED_ON = LocalDate.parse("2025-06-20");
    private static final LocalDate ACTION_DUE = LocalDate.parse("2025-09-01");
    private static final String FINDINGS = "Staff talks held; no exercise planned yet";

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = Agreements.fixture();
    }

    private static RecordReview review(LocalDate reviewedOn, List<ActionDecision> actions) {
        return new RecordReview(ID, "rv-1", reviewedOn, ImplementationScore.MINIMAL, Confidence.AMBER, FINDINGS,
                                actions);
    }

    private static ReviewRecorded reviewed() {
        return new ReviewRecorded(ID, "rv-1", REVIEWED_ON, ImplementationScore.MINIMAL, Confidence.AMBER, FINDINGS,
                                  List.of(new ActionItem("rv-1-1", "Propose exercise dates", "BY-MOD", "BY",
                                                         ACTION_DUE)));
    }

    @Nested
    class Recording {

        @Test
        void recordsScoreConfidenceFindingsAndActionsThatBecomeTrackedItems() {
            fixture.given(registered(), signed(), inForce())
                   .when(review(REVIEWED_ON, List.of(new ActionDecision(" Propose exercise dates ", "BY-MOD",
                                                                        ACTION_DUE),
                                                     new ActionDecision("Name liaison officers", "PK-MODP",
                                                                        ACTION_DUE))))
                   .expectEvents(new ReviewRecorded(ID, "rv-1", REVIEWED_ON, ImplementationScore.MINIMAL,
                                                    Confidence.AMBER, FINDINGS,
                                                    List.of(new ActionItem("rv-1-1", "Propose exercise dates",
                                                                           "BY-MOD", "BY", ACTION_DUE),
                                                            new ActionItem("rv-1-2", "Name liaison officers",
                                                                           "PK-MODP", "PK", ACTION_DUE))));
        }

        @Test
        void keepsNoEvidenceApartFromNotStarted() {
            fixture.given(registered(), signed())
                   .when(new RecordReview(ID, "rv-1", REVIEWED_ON, ImplementationScore.NO_EVIDENCE, Confidence.RED,
                                          "No ministry has reported", null))
                   .expectEvents(new ReviewRecorded(ID, "rv-1", REVIEWED_ON, ImplementationScore.NO_EVIDENCE,
                                                    Confidence.RED, "No ministry has reported", List.of()));
        }

        @Test
        void looksBackOnAClosedAgreement() {
            fixture.given(registered(), signed(), inForce(), terminated(REVIEWED_ON))
                   .when(review(TODAY, List.of()))
                   .expectSuccessfulHandlerExecution();
        }

        @Test
        void isRefusedForADraft() {
            refused(fixture.given(registered()).when(review(REVIEWED_ON, List.of())),
                    AGREEMENT_NOT_CONCLUDED, "Agreement " + REF + " is a DRAFT; it can be reviewed once it is signed");
        }

        @Test
        void isRefusedBeforeTheAgreementWasConcluded() {
            refused(fixture.given(registered(), signed()).when(review(SIGNED_ON.minusDays(1), List.of())),
                    DATE_OUT_OF_ORDER, "reviewedOn 2025-04-10 is before agreement " + REF + " was signed on "
                            + "2025-04-11");
        }

        @Test
        void isRefusedInTheFuture() {
            refusedFor(fixture.given(registered(), signed()).when(review(TODAY.plusDays(7), List.of())),
                       DATE_IN_FUTURE, "reviewedOn");
        }

        @Test
        void needsAnIdScoreConfidenceAndFindings() {
            refusedFor(fixture.given(registered(), signed())
                              .when(new RecordReview(ID, null, REVIEWED_ON, ImplementationScore.FULL, Confidence.GREEN,
                                                     FINDINGS, null)),
                       REQUIRED, "reviewId");
            refusedFor(fixture.given(registered(), signed())
                              .when(new RecordReview(ID, "rv-1", REVIEWED_ON, null, Confidence.GREEN, FINDINGS, null)),
                       REQUIRED, "score");
            refusedFor(fixture.given(registered(), signed())
                              .when(new RecordReview(ID, "rv-1", REVIEWED_ON, ImplementationScore.FULL, null,
                                                     FINDINGS, null)),
                       REQUIRED, "confidence");
            refusedFor(fixture.given(registered(), signed())
                              .when(new RecordReview(ID, "rv-1", REVIEWED_ON, ImplementationScore.FULL,
                                                     Confidence.GREEN, " ", null)),
                       REQUIRED, "findings");
        }

        @Test
        void isRefusedUnderAnIdAlreadyUsed() {
            refused(fixture.given(registered(), signed(), reviewed()).when(review(REVIEWED_ON, List.of())),
                    DUPLICATE_ID, "Agreement " + REF + " already has a review rv-1");
        }

        @Test
        void refusesAnActionWithoutTitleOrDueDate() {
            refusedFor(fixture.given(registered(), signed())
                              .when(review(REVIEWED_ON, List.of(new ActionDecision("", "BY-MOD", ACTION_DUE)))),
                       REQUIRED, "actions[0].title");
            refusedFor(fixture.given(registered(), signed())
                              .when(review(REVIEWED_ON, List.of(new ActionDecision("Dates", "BY-MOD", null)))),
                       REQUIRED, "actions[0].dueOn");
        }

        @Test
        void refusesAnActionDueBeforeTheReviewThatDecidedIt() {
            refused(fixture.given(registered(), signed())
                           .when(review(REVIEWED_ON, List.of(new ActionDecision("Dates", "BY-MOD",
                                                                                REVIEWED_ON.minusDays(1))))),
                    INVALID_VALUE, "Action 'Dates' is due on 2025-06-19, before the review of 2025-06-20 that "
                            + "decided it");
        }

        @Test
        void refusesAnActionOwnerThatIsUnknownOrOfNoPartysCountry() {
            refusedFor(fixture.given(registered(), signed())
                              .when(review(REVIEWED_ON, List.of(new ActionDecision("Dates", "BY-XYZ", ACTION_DUE)))),
                       UNKNOWN_BODY, "actions[0].owner");
            refusedFor(fixture.given(registered(), signed())
                              .when(review(REVIEWED_ON, List.of(new ActionDecision("Dates", "KZ-MFA", ACTION_DUE)))),
                       NOT_A_PARTY, "actions[0].owner");
        }
    }

    @Nested
    class ActionItems {

        @Test
        void areCompleted() {
            fixture.given(registered(), signed(), reviewed())
                   .when(new CompleteActionItem(ID, "rv-1-1", TODAY, " Dates proposed by note verbale "))
                   .expectEvents(new ActionItemCompleted(ID, "rv-1", "rv-1-1", TODAY, "Dates proposed by note verbale"));
        }

        @Test
        void areCompletedOnlyOnce() {
            refused(fixture.given(registered(), signed(), reviewed(),
                                  new ActionItemCompleted(ID, "rv-1", "rv-1-1", TODAY, null))
                           .when(new CompleteActionItem(ID, "rv-1-1", TODAY, null)),
                    ACTION_ITEM_COMPLETED, "Action item rv-1-1 is already completed");
        }

        @Test
        void mustExist() {
            refused(fixture.given(registered(), signed(), reviewed()).when(new CompleteActionItem(ID, "rv-1-9", TODAY,
                                                                                                  null)),
                    UNKNOWN_ACTION_ITEM, "Agreement " + REF + " has no action item rv-1-9");
        }

        @Test
        void areNotCompletedBeforeTheyWereDecided() {
            refused(fixture.given(registered(), signed(), reviewed())
                           .when(new CompleteActionItem(ID, "rv-1-1", REVIEWED_ON.minusDays(1), null)),
                    DATE_OUT_OF_ORDER, "completedOn 2025-06-19 is before the review that decided it on 2025-06-20");
        }

        @Test
        void areNotCompletedInTheFuture() {
            refusedFor(fixture.given(registered(), signed(), reviewed())
                              .when(new CompleteActionItem(ID, "rv-1-1", TODAY.plusDays(3), null)),
                       DATE_IN_FUTURE, "completedOn");
        }
    }
}
