package org.agreementtracker.api.milestone;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.agreementtracker.api.milestone.ReportStatus.ACHIEVED;
import static org.agreementtracker.api.milestone.ReportStatus.BLOCKED;
import static org.agreementtracker.api.milestone.ReportStatus.IN_PROGRESS;
import static org.agreementtracker.api.milestone.ReportStatus.NOT_STARTED;
import static org.assertj.core.api.Assertions.assertThat;

class ReconciliationTest {

    private static final List<String> SIDES = List.of("PK", "BY");
    private static final LocalDate MARCH = LocalDate.parse("2025-03-01");
    private static final LocalDate JUNE = LocalDate.parse("2025-06-01");
    private static final Indicator WORKERS = new Indicator("Pakistani workers employed in Belarus", "persons",
                                                           new BigDecimal("150000"));

    private static SideReport report(String side, LocalDate on, ReportStatus status) {
        return new SideReport(side, on, status, null, null);
    }

    private static SideReport report(String side, LocalDate on, ReportStatus status, Integer percent) {
        return new SideReport(side, on, status, percent, null);
    }

    private static SideReport value(String side, LocalDate on, String value) {
        return new SideReport(side, on, IN_PROGRESS, null, new BigDecimal(value));
    }

    private static Reconciliation reconcile(SideReport... recordedInOrder) {
        return reconcile(null, recordedInOrder);
    }

    private static Reconciliation reconcile(Indicator indicator, SideReport... recordedInOrder) {
        LatestReports latest = LatestReports.none();
        for (SideReport report : recordedInOrder) {
            latest = latest.with(report);
        }
        return latest.reconcile(SIDES, indicator);
    }

    @Nested
    class Status {

        @Test
        void isNotReportedUntilSomeSideReports() {
            Reconciliation reconciliation = reconcile();

            assertThat(reconciliation.status()).isEqualTo(MilestoneStatus.NOT_REPORTED);
            assertThat(reconciliation.sides()).extracting(SideAccount::side).containsExactly("PK", "BY");
            assertThat(reconciliation.sides()).extracting(SideAccount::status).containsOnlyNulls();
        }

        @Test
        void isClaimedWhenOneSideSaysAchievedAndTheOtherIsSilent() {
            assertThat(reconcile(report("PK", JUNE, ACHIEVED)).status()).isEqualTo(MilestoneStatus.CLAIMED);
        }

        @Test
        void isClaimedWhenTheOtherSidesLatestAccountIsOlderThanTheClaim() {
            // out of step: BY wrote "in progress" in March, before PK's claim of June, and has not answered it
            assertThat(reconcile(report("BY", MARCH, IN_PROGRESS), report("PK", JUNE, ACHIEVED)).status())
                    .isEqualTo(MilestoneStatus.CLAIMED);
            assertThat(reconcile(report("BY", MARCH, BLOCKED), report("PK", JUNE, ACHIEVED)).status())
                    .isEqualTo(MilestoneStatus.CLAIMED);
            assertThat(reconcile(report("BY", MARCH, NOT_STARTED), report("PK", JUNE, ACHIEVED)).status())
                    .isEqualTo(MilestoneStatus.CLAIMED);
        }

        @Test
        void isDisputedWhenTheOtherSideStillSaysInProgressOnOrAfterTheClaim() {
            assertThat(reconcile(report("PK", JUNE, ACHIEVED), report("BY", JUNE, IN_PROGRESS)).status())
                    .as("the same date").isEqualTo(MilestoneStatus.DISPUTED);
            assertThat(reconcile(report("PK", MARCH, ACHIEVED), report("BY", JUNE, IN_PROGRESS)).status())
                    .as("a later date").isEqualTo(MilestoneStatus.DISPUTED);
        }

        @Test
        void isDisputedByALaterDenialWhateverTheOrderOfRecording() {
            // BY's June denial recorded first, PK's March claim entered afterwards: the business dates decide
            assertThat(reconcile(report("BY", JUNE, BLOCKED), report("PK", MARCH, ACHIEVED)).status())
                    .isEqualTo(MilestoneStatus.DISPUTED);
        }

        @Test
        void isConfirmedWhenBothSidesSayAchieved() {
            Reconciliation reconciliation = reconcile(report("PK", MARCH, ACHIEVED), report("BY", JUNE, ACHIEVED));

            assertThat(reconciliation.status()).isEqualTo(MilestoneStatus.CONFIRMED);
            assertThat(reconciliation.progressPercent()).isEqualByComparingTo("100");
        }

        @Test
        void isDisputedWhenOneSaysAchievedAndTheOtherBlocked() {
            assertThat(reconcile(report("PK", JUNE, ACHIEVED), report("BY", JUNE, BLOCKED)).status())
                    .isEqualTo(MilestoneStatus.DISPUTED);
        }

        @Test
        void isDisputedWhenOneSaysAchievedAndTheOtherNotStarted() {
            assertThat(reconcile(report("BY", JUNE, NOT_STARTED), report("PK", JUNE, ACHIEVED)).status())
                    .isEqualTo(MilestoneStatus.DISPUTED);
        }

        @Test
        void showsBlockedOverInProgressWhenNobodyClaimsIt() {
            assertThat(reconcile(report("PK", JUNE, IN_PROGRESS), report("BY", JUNE, BLOCKED)).status())
                    .isEqualTo(MilestoneStatus.BLOCKED);
        }

        @Test
        void showsInProgressOverNotStarted() {
            assertThat(reconcile(report("PK", JUNE, NOT_STARTED), report("BY", JUNE, IN_PROGRESS)).status())
                    .isEqualTo(MilestoneStatus.IN_PROGRESS);
        }

        @Test
        void isNotStartedWhenEveryReportSaysSo() {
            assertThat(reconcile(report("PK", JUNE, NOT_STARTED)).status()).isEqualTo(MilestoneStatus.NOT_STARTED);
        }

        @Test
        void needsEverySideOfTheAgreementToConfirm() {
            LatestReports latest = LatestReports.none().with(report("PK", JUNE, ACHIEVED))
                                                .with(report("BY", JUNE, ACHIEVED));

            assertThat(latest.reconcile(List.of("PK", "BY", "KZ"), null).status())
                    .isEqualTo(MilestoneStatus.CLAIMED);
            assertThat(latest.with(report("KZ", JUNE, ACHIEVED)).reconcile(List.of("PK", "BY", "KZ"), null).status())
                    .isEqualTo(MilestoneStatus.CONFIRMED);
        }
    }

    @Nested
    class Latest {

        @Test
        void isTheLatestByBusinessDateNotByRecording() {
            // PK reported it achieved in June; a late report about March arrives afterwards
            Reconciliation reconciliation = reconcile(report("PK", JUNE, ACHIEVED), report("PK", MARCH, IN_PROGRESS),
                                                      report("BY", JUNE, ACHIEVED));

            assertThat(reconciliation.status()).isEqualTo(MilestoneStatus.CONFIRMED);
            assertThat(reconciliation.sides().get(0).reportedOn()).isEqualTo(JUNE);
        }

        @Test
        void areKeptInTheOrderOfTheSidesWhateverTheOrderOfReporting() {
            LatestReports latest = LatestReports.none().with(report("PK", JUNE, ACHIEVED))
                                                .with(report("BY", MARCH, IN_PROGRESS))
                                                .with(report("KZ", JUNE, BLOCKED));

            assertThat(latest.statusBySide().keySet()).containsExactly("BY", "KZ", "PK");
            assertThat(new LatestReports(latest.statusBySide(), latest.valueBySide())).isEqualTo(latest);
        }

        @Test
        void onTheSameDateIsTheOneRecordedLater() {
            Reconciliation reconciliation = reconcile(report("PK", JUNE, ACHIEVED), report("PK", JUNE, BLOCKED));

            assertThat(reconciliation.status()).isEqualTo(MilestoneStatus.BLOCKED);
        }

        @Test
        void keepsTheLatestValueWhenALaterReportStatesNone() {
            Reconciliation reconciliation = reconcile(WORKERS, value("PK", MARCH, "1200"),
                                                      report("PK", JUNE, IN_PROGRESS));

            SideAccount pakistan = reconciliation.sides().get(0);
            assertThat(pakistan.reportedOn()).isEqualTo(JUNE);
            assertThat(pakistan.indicatorValue()).isEqualByComparingTo("1200");
            assertThat(pakistan.valueOn()).isEqualTo(MARCH);
        }
    }

    @Nested
    class IndicatorValues {

        @Test
        void areNotReportedUntilASideGivesOne() {
            Reconciliation reconciliation = reconcile(WORKERS, report("PK", JUNE, IN_PROGRESS));

            assertThat(reconciliation.indicator().status()).isEqualTo(IndicatorStatus.NOT_REPORTED);
            assertThat(reconciliation.indicator().value()).isNull();
        }

        @Test
        void areClaimedWhenOneSideGivesOne() {
            Reconciliation reconciliation = reconcile(WORKERS, value("PK", JUNE, "15000"));

            assertThat(reconciliation.indicator().status()).isEqualTo(IndicatorStatus.CLAIMED);
            assertThat(reconciliation.indicator().value()).isEqualByComparingTo("15000");
            assertThat(reconciliation.indicator().percentOfTarget()).isEqualByComparingTo("10.0");
        }

        @Test
        void areAgreedWhenEverySideGivesTheSameNumber() {
            Reconciliation reconciliation = reconcile(WORKERS, value("PK", JUNE, "15000"),
                                                      value("BY", JUNE, "15000.0"));

            assertThat(reconciliation.indicator().status()).isEqualTo(IndicatorStatus.AGREED);
            assertThat(reconciliation.indicator().value()).isEqualByComparingTo("15000");
            assertThat(reconciliation.sides()).extracting(SideAccount::indicatorValue)
                                              .usingElementComparator(BigDecimal::compareTo)
                                              .containsExactly(new BigDecimal("15000"), new BigDecimal("15000"));
        }

        @Test
        void areDisputedWhenTheSidesGiveDifferentNumbersForTheSameDate() {
            Reconciliation reconciliation = reconcile(WORKERS, value("PK", JUNE, "15000"), value("BY", JUNE, "9500"));

            assertThat(reconciliation.indicator().status()).isEqualTo(IndicatorStatus.DISPUTED);
            assertThat(reconciliation.indicator().value()).isNull();
            assertThat(reconciliation.status()).isEqualTo(MilestoneStatus.DISPUTED);
            assertThat(reconciliation.sides()).extracting(SideAccount::indicatorValue)
                                              .usingElementComparator(BigDecimal::compareTo)
                                              .containsExactly(new BigDecimal("15000"), new BigDecimal("9500"));
        }

        @Test
        void disputeTheMilestoneEvenWhenBothSidesSayAchieved() {
            Reconciliation reconciliation = reconcile(
                    WORKERS,
                    new SideReport("PK", JUNE, ACHIEVED, null, new BigDecimal("150000")),
                    new SideReport("BY", JUNE, ACHIEVED, null, new BigDecimal("120000")));

            assertThat(reconciliation.status()).isEqualTo(MilestoneStatus.DISPUTED);
        }

        @Test
        void ofDifferentDatesAreOutOfStepNotDisputedAndTheMostRecentIsClaimed() {
            Reconciliation reconciliation = reconcile(WORKERS, value("BY", MARCH, "9500"), value("PK", JUNE, "15000"));

            assertThat(reconciliation.indicator().status()).isEqualTo(IndicatorStatus.CLAIMED);
            assertThat(reconciliation.indicator().value()).isEqualByComparingTo("15000");
            assertThat(reconciliation.status()).isEqualTo(MilestoneStatus.IN_PROGRESS);
        }

        @Test
        void areReadOnlyForMilestonesWithAnIndicator() {
            assertThat(reconcile(value("PK", JUNE, "1")).indicator()).isNull();
        }
    }

    @Nested
    class PercentOfTarget {

        @Test
        void countsFromTheBaseline() {
            Indicator trade = new Indicator("Annual bilateral trade turnover", "USD million", new BigDecimal("1000"),
                                            new BigDecimal("50.2"), 2019, null);

            assertThat(trade.higherIsBetter()).isTrue();
            assertThat(trade.percentOfTarget(new BigDecimal("525.1"))).isEqualByComparingTo("50.0");
            assertThat(trade.percentOfTarget(new BigDecimal("40"))).isNegative();
        }

        @Test
        void worksDownwardsWhenLowerIsBetter() {
            Indicator backlog = new Indicator("Pending readmission cases", "cases", new BigDecimal("0"),
                                              new BigDecimal("400"), 2024, false);

            assertThat(backlog.percentOfTarget(new BigDecimal("100"))).isEqualByComparingTo("75.0");
        }

        @Test
        void isUndefinedWithoutDistanceOrValue() {
            Indicator flat = new Indicator("flat", "x", BigDecimal.TEN, BigDecimal.TEN, null, true);

            assertThat(flat.percentOfTarget(BigDecimal.ONE)).isNull();
            assertThat(WORKERS.percentOfTarget(null)).isNull();
        }
    }

    @Nested
    class Progress {

        @Test
        void isTheMeanOfTheSidesAccounts() {
            assertThat(reconcile(report("PK", JUNE, IN_PROGRESS, 40)).progressPercent()).isEqualByComparingTo("20");
            assertThat(reconcile(report("PK", JUNE, ACHIEVED), report("BY", JUNE, IN_PROGRESS, 50)).progressPercent())
                    .isEqualByComparingTo("75");
            assertThat(reconcile(report("PK", JUNE, BLOCKED, 30), report("BY", JUNE, NOT_STARTED)).progressPercent())
                    .isEqualByComparingTo("15");
        }

        @Test
        void ofAnAgreementIsWeightedByMilestone() {
            BigDecimal progress = Reconciliation.weightedProgress(List.of(
                    new Reconciliation.WeightedProgress(3, new BigDecimal("100")),
                    new Reconciliation.WeightedProgress(1, BigDecimal.ZERO)));

            assertThat(progress).isEqualByComparingTo("75");
            assertThat(Reconciliation.weightedProgress(List.of())).isNull();
        }
    }

    @Nested
    class Boards {

        @Test
        void countClaimedAndConfirmedAsAchievedAndTheRestAsOpenUnlessCancelled() {
            assertThat(MilestoneStatus.values()).filteredOn(MilestoneStatus::achieved)
                                                .containsExactly(MilestoneStatus.CLAIMED, MilestoneStatus.CONFIRMED);
            assertThat(MilestoneStatus.values()).filteredOn(MilestoneStatus::open)
                                                .containsExactly(MilestoneStatus.NOT_REPORTED,
                                                                 MilestoneStatus.NOT_STARTED,
                                                                 MilestoneStatus.IN_PROGRESS,
                                                                 MilestoneStatus.BLOCKED,
                                                                 MilestoneStatus.DISPUTED);
        }

        @Test
        void countOpenMilestonesDueBeforeTodayAsOverdue() {
            LocalDate today = LocalDate.parse("2025-07-01");

            assertThat(MilestoneStatus.DISPUTED.overdue(JUNE, today)).isTrue();
            assertThat(MilestoneStatus.IN_PROGRESS.overdue(today, today)).isFalse();
            assertThat(MilestoneStatus.CLAIMED.overdue(JUNE, today)).isFalse();
            assertThat(MilestoneStatus.CANCELLED.overdue(JUNE, today)).isFalse();
        }
    }
}
