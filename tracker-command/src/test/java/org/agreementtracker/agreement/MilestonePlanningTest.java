package org.agreementtracker.agreement;

import org.agreementtracker.api.agreement.AgreementVersion;
import org.agreementtracker.api.milestone.CancelMilestone;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.MilestoneCancelled;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.MilestoneRescheduled;
import org.agreementtracker.api.milestone.PlanMilestone;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.api.milestone.RescheduleMilestone;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.agreementtracker.agreement.Agreements.BY_OFFICER;
import static org.agreementtracker.agreement.Agreements.DUE_ON;
import static org.agreementtracker.agreement.Agreements.ID;
import static org.agreementtracker.agreement.Agreements.MILESTONE;
import static org.agreementtracker.agreement.Agreements.MILESTONE_TITLE;
import static org.agreementtracker.agreement.Agreements.PK_OFFICER;
import static org.agreementtracker.agreement.Agreements.REF;
import static org.agreementtracker.agreement.Agreements.TODAY;
import static org.agreementtracker.agreement.Agreements.WORKERS;
import static org.agreementtracker.agreement.Agreements.inForce;
import static org.agreementtracker.agreement.Agreements.planned;
import static org.agreementtracker.agreement.Agreements.refused;
import static org.agreementtracker.agreement.Agreements.refusedFor;
import static org.agreementtracker.agreement.Agreements.registered;
import static org.agreementtracker.agreement.Agreements.reported;
import static org.agreementtracker.agreement.Agreements.signed;
import static org.agreementtracker.agreement.Agreements.terminated;
import static org.agreementtracker.api.agreement.RefusalCode.AGREEMENT_CLOSED;
import static org.agreementtracker.api.agreement.RefusalCode.DUPLICATE_ID;
import static org.agreementtracker.api.agreement.RefusalCode.INVALID_VALUE;
import static org.agreementtracker.api.agreement.RefusalCode.MILESTONE_CANCELLED;
import static org.agreementtracker.api.agreement.RefusalCode.MILESTONE_CONFIRMED;
import static org.agreementtracker.api.agreement.RefusalCode.NOT_A_PARTY;
import static org.agreementtracker.api.agreement.RefusalCode.REQUIRED;
import static org.agreementtracker.api.agreement.RefusalCode.UNCHANGED;
import static org.agreementtracker.api.agreement.RefusalCode.UNKNOWN_BODY;
import static org.agreementtracker.api.agreement.RefusalCode.UNKNOWN_MILESTONE;

class MilestonePlanningTest {

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = Agreements.fixture();
    }

    private static PlanMilestone plan(String owner, Integer weight, Indicator indicator) {
        return new PlanMilestone(ID, MILESTONE, " " + MILESTONE_TITLE + " ", DUE_ON, owner, weight, indicator);
    }

    @Nested
    class Planning {

        @Test
        void plansAMilestoneOwnedByABodyOfAPartysCountryWithWeightOneByDefault() {
            fixture.given(registered(), signed())
                   .when(plan("PK-MODP", null, null))
                   .expectEvents(new MilestonePlanned(ID, MILESTONE, MILESTONE_TITLE, DUE_ON, "PK-MODP", "PK", 1,
                                                      null))
                   .expectResultMessagePayload(new AgreementVersion(ID, 2));
        }

        @Test
        void plansAlreadyWhileTheAgreementIsADraft() {
            fixture.given(registered())
                   .when(plan("BY-MOD", 3, null))
                   .expectEvents(new MilestonePlanned(ID, MILESTONE, MILESTONE_TITLE, DUE_ON, "BY-MOD", "BY", 3,
                                                      null));
        }

        @Test
        void plansWithAnIndicatorThatCountsUpwardsByDefault() {
            Indicator asGiven = new Indicator(" Pakistani workers employed in Belarus ", "persons",
                                              new BigDecimal("150000"), null, null, null);

            fixture.given(registered())
                   .when(plan("PK-MOD", 2, asGiven))
                   .expectEvents(new MilestonePlanned(ID, MILESTONE, MILESTONE_TITLE, DUE_ON, "PK-MOD", "PK", 2,
                                                      WORKERS));
        }

        @Test
        void plansWithAnIndicatorThatCountsDownwards() {
            Indicator backlog = new Indicator("Pending readmission cases", "cases", BigDecimal.ZERO,
                                              new BigDecimal("400"), 2024, false);

            fixture.given(registered())
                   .when(plan("PK-MOD", 1, backlog))
                   .expectEvents(new MilestonePlanned(ID, MILESTONE, MILESTONE_TITLE, DUE_ON, "PK-MOD", "PK", 1,
                                                      backlog));
        }

        @Test
        void refusesWithoutIdTitleOrDueDate() {
            refusedFor(fixture.given(registered())
                              .when(new PlanMilestone(ID, null, "Talks", DUE_ON, "PK-MOD", null, null)),
                       REQUIRED, "milestoneId");
            refusedFor(fixture.given(registered())
                              .when(new PlanMilestone(ID, MILESTONE, " ", DUE_ON, "PK-MOD", null, null)),
                       REQUIRED, "title");
            refusedFor(fixture.given(registered())
                              .when(new PlanMilestone(ID, MILESTONE, "Talks", null, "PK-MOD", null, null)),
                       REQUIRED, "dueOn");
            refusedFor(fixture.given(registered())
                              .when(new PlanMilestone(ID, MILESTONE, "Talks", DUE_ON, null, null, null)),
                       REQUIRED, "owner");
        }

        @Test
        void refusesAWeightThatIsNotPositive() {
            refused(fixture.given(registered()).when(plan("PK-MOD", 0, null)),
                    INVALID_VALUE, "A milestone's weight is a positive whole number, not 0");
        }

        @Test
        void refusesAnOwnerTheRegisterDoesNotKnow() {
            refused(fixture.given(registered()).when(plan("PK-NOBODY", null, null)),
                    UNKNOWN_BODY, "Body PK-NOBODY is not in the register of bodies");
        }

        @Test
        void refusesAnOwnerOfACountryThatIsNoParty() {
            refused(fixture.given(registered()).when(plan("KZ-MFA", null, null)),
                    NOT_A_PARTY, "Body KZ-MFA is of KZ, which is not a party to agreement " + REF
                            + "; its owner must be a body of PK or BY");
        }

        @Test
        void refusesAnIdAlreadyUsed() {
            refused(fixture.given(registered(), planned()).when(plan("PK-MOD", null, null)),
                    DUPLICATE_ID, "Agreement " + REF + " already has a milestone " + MILESTONE);
        }

        @Test
        void refusesOnceTheAgreementIsClosed() {
            refused(fixture.given(registered(), signed(), inForce(), terminated(TODAY))
                           .when(plan("PK-MOD", null, null)),
                    AGREEMENT_CLOSED, "Cannot plan milestones for agreement " + REF + ": it is TERMINATED since "
                            + "2025-07-01");
        }

        @Test
        void refusesAnIndicatorWithoutNameUnitOrTarget() {
            refusedFor(fixture.given(registered())
                              .when(plan("PK-MOD", null, new Indicator(null, "persons", BigDecimal.TEN))),
                       REQUIRED, "indicator.name");
            refusedFor(fixture.given(registered())
                              .when(plan("PK-MOD", null, new Indicator("Workers", "", BigDecimal.TEN))),
                       REQUIRED, "indicator.unit");
            refusedFor(fixture.given(registered())
                              .when(plan("PK-MOD", null, new Indicator("Workers", "persons", null))),
                       REQUIRED, "indicator.target");
        }

        @Test
        void refusesAnIndicatorWhoseTargetIsItsBaseline() {
            refused(fixture.given(registered())
                           .when(plan("PK-MOD", null, new Indicator("Trade", "USD million", new BigDecimal("50.2"),
                                                                    new BigDecimal("50.20"), 2019, true))),
                    INVALID_VALUE, "An indicator's target must differ from its baseline 50.20, or there is no "
                            + "progress to measure");
        }

        @Test
        void refusesAnIndicatorWhoseDirectionContradictsItsTarget() {
            refused(fixture.given(registered())
                           .when(plan("PK-MOD", null, new Indicator("Trade", "USD million", new BigDecimal("1000"),
                                                                    new BigDecimal("50.2"), 2019, false))),
                    INVALID_VALUE, "Target 1000 lies above baseline 50.2, so higherIsBetter must be true");
        }
    }

    @Nested
    class Rescheduling {

        private final LocalDate later = LocalDate.parse("2025-12-31");

        @Test
        void movesTheDueDateAndKeepsThePreviousOneOnRecord() {
            fixture.given(registered(), signed(), planned())
                   .when(new RescheduleMilestone(ID, MILESTONE, later, " Talks postponed "))
                   .expectEvents(new MilestoneRescheduled(ID, MILESTONE, DUE_ON, later, "Talks postponed"));
        }

        @Test
        void keepsEveryEarlierDueDate() {
            LocalDate again = LocalDate.parse("2026-03-31");

            fixture.given(registered(), signed(), planned(),
                          new MilestoneRescheduled(ID, MILESTONE, DUE_ON, later, "Talks postponed"))
                   .when(new RescheduleMilestone(ID, MILESTONE, again, "Postponed again"))
                   .expectEvents(new MilestoneRescheduled(ID, MILESTONE, later, again, "Postponed again"));
        }

        @Test
        void remainsPossibleWhileOnlyOneSideClaimsItAchieved() {
            fixture.given(registered(), signed(), planned(),
                          reported("r-1", "PK", "PK-MODP", PK_OFFICER, ReportStatus.ACHIEVED))
                   .when(new RescheduleMilestone(ID, MILESTONE, later, "Belarus has not confirmed"))
                   .expectEvents(new MilestoneRescheduled(ID, MILESTONE, DUE_ON, later, "Belarus has not confirmed"));
        }

        @Test
        void isRefusedForAnUnknownMilestone() {
            refused(fixture.given(registered(), signed()).when(new RescheduleMilestone(ID, "m-9", later, "x")),
                    UNKNOWN_MILESTONE, "Agreement " + REF + " has no milestone m-9");
        }

        @Test
        void isRefusedWithoutNewDateOrReason() {
            refusedFor(fixture.given(registered(), planned()).when(new RescheduleMilestone(ID, MILESTONE, null, "x")),
                       REQUIRED, "newDueOn");
            refusedFor(fixture.given(registered(), planned()).when(new RescheduleMilestone(ID, MILESTONE, later, "")),
                       REQUIRED, "reason");
        }

        @Test
        void isRefusedToTheDateItIsAlreadyDueOn() {
            refused(fixture.given(registered(), planned()).when(new RescheduleMilestone(ID, MILESTONE, DUE_ON, "x")),
                    UNCHANGED, "Milestone '" + MILESTONE_TITLE + "' (m-1) is already due on 2025-09-30");
        }

        @Test
        void isRefusedOnceCancelled() {
            refused(fixture.given(registered(), planned(), new MilestoneCancelled(ID, MILESTONE, "Dropped"))
                           .when(new RescheduleMilestone(ID, MILESTONE, later, "x")),
                    MILESTONE_CANCELLED, "Milestone '" + MILESTONE_TITLE + "' (m-1) is already cancelled");
        }

        @Test
        void isRefusedOnceEverySideConfirmedItAchieved() {
            refused(fixture.given(registered(), signed(), planned(),
                                  reported("r-1", "PK", "PK-MODP", PK_OFFICER, ReportStatus.ACHIEVED),
                                  reported("r-2", "BY", "BY-MOD", BY_OFFICER, ReportStatus.ACHIEVED))
                           .when(new RescheduleMilestone(ID, MILESTONE, later, "x")),
                    MILESTONE_CONFIRMED, "Milestone '" + MILESTONE_TITLE + "' (m-1) is confirmed achieved by every "
                            + "side; it can no longer be rescheduled");
        }

        @Test
        void isRefusedOnceTheAgreementIsClosed() {
            refusedFor(fixture.given(registered(), signed(), planned(), terminated(TODAY))
                              .when(new RescheduleMilestone(ID, MILESTONE, later, "x")),
                       AGREEMENT_CLOSED, null);
        }
    }

    @Nested
    class Cancellation {

        @Test
        void cancelsWithAReason() {
            fixture.given(registered(), signed(), planned())
                   .when(new CancelMilestone(ID, MILESTONE, "Overtaken by the 2025 programme", null))
                   .expectEvents(new MilestoneCancelled(ID, MILESTONE, "Overtaken by the 2025 programme"));
        }

        @Test
        void isRefusedWithoutReason() {
            refused(fixture.given(registered(), planned()).when(new CancelMilestone(ID, MILESTONE, " ", null)),
                    REQUIRED, "reason is required");
        }

        @Test
        void isRefusedForAnUnknownMilestone() {
            refusedFor(fixture.given(registered()).when(new CancelMilestone(ID, MILESTONE, "x", null)),
                       UNKNOWN_MILESTONE, "milestoneId");
        }

        @Test
        void isRefusedTwice() {
            refusedFor(fixture.given(registered(), planned(), new MilestoneCancelled(ID, MILESTONE, "Dropped"))
                              .when(new CancelMilestone(ID, MILESTONE, "Dropped again", null)),
                       MILESTONE_CANCELLED, null);
        }

        @Test
        void isRefusedOnceEverySideConfirmedItAchieved() {
            refused(fixture.given(registered(), signed(), planned(),
                                  reported("r-1", "PK", "PK-MODP", PK_OFFICER, ReportStatus.ACHIEVED),
                                  reported("r-2", "BY", "BY-MOD", BY_OFFICER, ReportStatus.ACHIEVED))
                           .when(new CancelMilestone(ID, MILESTONE, "x", null)),
                    MILESTONE_CONFIRMED, "Milestone '" + MILESTONE_TITLE + "' (m-1) is confirmed achieved by every "
                            + "side; it can no longer be cancelled");
        }

        @Test
        void isRefusedOnceTheAgreementIsClosed() {
            refused(fixture.given(registered(), signed(), planned(), terminated(TODAY))
                           .when(new CancelMilestone(ID, MILESTONE, "x", null)),
                    AGREEMENT_CLOSED, "Cannot cancel milestones of agreement " + REF + ": it is TERMINATED since "
                            + "2025-07-01");
        }
    }
}
