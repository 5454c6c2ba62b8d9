package org.agreementtracker.agreement;

import org.agreementtracker.api.agreement.AgreementVersion;
import org.agreementtracker.api.milestone.CorrectMilestoneReport;
import org.agreementtracker.api.milestone.LatestReports;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.MilestoneReportCorrected;
import org.agreementtracker.api.milestone.MilestoneRescheduled;
import org.agreementtracker.api.milestone.ReportReplacement;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.api.milestone.SideReport;
import org.agreementtracker.api.milestone.RescheduleMilestone;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.CorrectReview;
import org.agreementtracker.api.review.ImplementationScore;
import org.agreementtracker.api.review.ReviewCorrected;
import org.agreementtracker.api.review.ReviewRecorded;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.agreementtracker.agreement.Agreements.BY_OFFICER;
import static org.agreementtracker.agreement.Agreements.DUE_ON;
import static org.agreementtracker.agreement.Agreements.ID;
import static org.agreementtracker.agreement.Agreements.MILESTONE;
import static org.agreementtracker.agreement.Agreements.PK_OFFICER;
import static org.agreementtracker.agreement.Agreements.SIGNED_ON;
import static org.agreementtracker.agreement.Agreements.TODAY;
import static org.agreementtracker.agreement.Agreements.evidence;
import static org.agreementtracker.agreement.Agreements.planned;
import static org.agreementtracker.agreement.Agreements.refused;
import static org.agreementtracker.agreement.Agreements.refusedFor;
import static org.agreementtracker.agreement.Agreements.registered;
import static org.agreementtracker.agreement.Agreements.reported;
import static org.agreementtracker.agreement.Agreements.signed;
import static org.agreementtracker.agreement.Agreements.terminated;
import static org.agreementtracker.api.agreement.RefusalCode.AGREEMENT_CLOSED;
import static org.agreementtracker.api.agreement.RefusalCode.DATE_IN_FUTURE;
import static org.agreementtracker.api.agreement.RefusalCode.DATE_OUT_OF_ORDER;
import static org.agreementtracker.api.agreement.RefusalCode.INVALID_VALUE;
import static org.agreementtracker.api.agreement.RefusalCode.MILESTONE_CONFIRMED;
import static org.agreementtracker.api.agreement.RefusalCode.NOT_CORRECTABLE;
import static org.agreementtracker.api.agreement.RefusalCode.NO_INDICATOR;
import static org.agreementtracker.api.agreement.RefusalCode.REQUIRED;
import static org.agreementtracker.api.agreement.RefusalCode.UNCHANGED;

/**
 * Corrections: a later event names the report or review it corrects and why; the aggregate then reasons with the
 * corrected values. In the given events below, registered is sequence 0, signed 1, planned 2, the first report 3.
 */
class CorrectionTest {

    private static final String NOTE = "Talks held in Rawalpindi";
    private static final String REASON = "The ministry's letter said achieved; entered wrongly";
    private static final long FIRST_REPORT = 3;

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = Agreements.fixture();
    }

    private static CorrectMilestoneReport correct(long sequence, ReportReplacement replacement) {
        return new CorrectMilestoneReport(ID, sequence, 42L, REASON, replacement);
    }

    private static ReportReplacement status(ReportStatus status, Integer progressPercent) {
        return new ReportReplacement(null, status, progressPercent, null, null, null);
    }

    /** The first report (PK's) corrected; {@code otherSides} the other sides' latest reports, which stand. */
    private static MilestoneReportCorrected corrected(ReportStatus status, Integer progressPercent, String note,
                                                      SideReport... otherSides) {
        LatestReports accounts = LatestReports.none();
        for (SideReport other : otherSides) {
            accounts = accounts.with(other);
        }
        accounts = accounts.with(new SideReport("PK", TODAY, status, progressPercent, null));
        return new MilestoneReportCorrected(ID, MILESTONE, "r-1", FIRST_REPORT, 42L, REASON, "PK", "PK-MODP", TODAY,
                                            status, progressPercent, null, note, List.of(), accounts);
    }

    private static MilestoneProgressReported inProgress() {
        return reported("r-1", "PK", "PK-MODP", PK_OFFICER, ReportStatus.IN_PROGRESS);
    }

    @Nested
    class OfAReport {

        @Test
        void recordsTheReportAsItReadsAfterTheCorrectionAndWhy() {
            fixture.given(registered(), signed(), planned(), inProgress())
                   .when(correct(FIRST_REPORT, status(ReportStatus.ACHIEVED, 100)))
                   .expectEvents(corrected(ReportStatus.ACHIEVED, 100, NOTE))
                   .expectResultMessagePayload(new AgreementVersion(ID, 4));
        }

        @Test
        void aSecondCorrectionStartsFromTheFirst() {
            fixture.given(registered(), signed(), planned(), inProgress(), corrected(ReportStatus.ACHIEVED, 100, NOTE))
                   .when(correct(FIRST_REPORT, new ReportReplacement(null, null, null, null, " Talks held in Minsk ",
                                                                     null)))
                   .expectEvents(corrected(ReportStatus.ACHIEVED, 100, "Talks held in Minsk"));
        }

        @Test
        void bringsTheAccountsFoldedAgainFromEveryReportAsItNowStands() {
            // PK said ACHIEVED today, then sent a late report about ten days ago: today's still counts. Corrected to
            // twenty days ago, the achievement is older than the late report, which becomes PK's latest account
            var lateReport = new MilestoneProgressReported(ID, MILESTONE, "r-2", "PK", "PK-MODP", PK_OFFICER,
                                                           TODAY.minusDays(10), ReportStatus.IN_PROGRESS, 40, null,
                                                           "Late report", List.of());
            LocalDate earlier = TODAY.minusDays(20);
            LatestReports accounts = LatestReports.none()
                    .with(new SideReport("PK", earlier, ReportStatus.ACHIEVED, null, null))
                    .with(lateReport.toSideReport());

            fixture.given(registered(), signed(), planned(),
                          reported("r-1", "PK", "PK-MODP", PK_OFFICER, ReportStatus.ACHIEVED), lateReport)
                   .when(correct(FIRST_REPORT, new ReportReplacement(earlier, null, null, null, null, null)))
                   .expectEvents(new MilestoneReportCorrected(ID, MILESTONE, "r-1", FIRST_REPORT, 42L, REASON, "PK",
                                                              "PK-MODP", earlier, ReportStatus.ACHIEVED, null, null,
                                                              "Talks held in Rawalpindi", List.of(), accounts));
            assertThat(accounts.statusBySide().get("PK").status()).isEqualTo(ReportStatus.IN_PROGRESS);
        }

        @Test
        void theCorrectedValueIsWhatTheRulesSeeAfterwards() {
            // both sides said ACHIEVED, so the milestone was confirmed and could not be rescheduled; one side's report
            // corrected to IN_PROGRESS makes it open again
            var byAchieved = reported("r-2", "BY", "BY-MOD", BY_OFFICER, ReportStatus.ACHIEVED);
            var pkAchieved = reported("r-1", "PK", "PK-MODP", PK_OFFICER, ReportStatus.ACHIEVED);
            LocalDate later = DUE_ON.plusMonths(1);
            refusedFor(fixture.given(registered(), signed(), planned(), pkAchieved, byAchieved)
                              .when(new RescheduleMilestone(ID, MILESTONE, later, "x")),
                       MILESTONE_CONFIRMED, null);
            fixture.given(registered(), signed(), planned(), pkAchieved, byAchieved,
                          corrected(ReportStatus.IN_PROGRESS, 60, NOTE, byAchieved.toSideReport()))
                   .when(new RescheduleMilestone(ID, MILESTONE, later, "x"))
                   .expectEvents(new MilestoneRescheduled(ID, MILESTONE, DUE_ON, later, "x"));
        }

        @Test
        void namesAReportEvent() {
            refused(fixture.given(registered(), signed(), planned(), inProgress())
                           .when(correct(2, status(ReportStatus.ACHIEVED, 100))),
                    NOT_CORRECTABLE, "Event 2 of agreement PKBY-2025-DEFENCE is not a MilestoneProgressReported; "
                            + "only reports (MilestoneProgressReported) and reviews (ReviewRecorded) can be corrected");
            refusedFor(fixture.given(registered(), signed(), planned(), inProgress())
                              .when(correct(99, status(ReportStatus.ACHIEVED, 100))),
                       NOT_CORRECTABLE, null);
        }

        @Test
        void needsAReasonAndSomethingToCorrect() {
            refusedFor(fixture.given(registered(), signed(), planned(), inProgress())
                              .when(new CorrectMilestoneReport(ID, FIRST_REPORT, null, " ",
                                                               status(ReportStatus.ACHIEVED, 100))),
                       REQUIRED, "reason");
            refusedFor(fixture.given(registered(), signed(), planned(), inProgress())
                              .when(correct(FIRST_REPORT, new ReportReplacement(null, null, null, null, null, null))),
                       REQUIRED, "replacement");
            refusedFor(fixture.given(registered(), signed(), planned(), inProgress())
                              .when(correct(FIRST_REPORT, new ReportReplacement(null, null, null, null, " ", null))),
                       REQUIRED, "replacement.note");
        }

        @Test
        void isRefusedWhenItChangesNothing() {
            refused(fixture.given(registered(), signed(), planned(), inProgress())
                           .when(correct(FIRST_REPORT, status(ReportStatus.IN_PROGRESS, null))),
                    UNCHANGED, "The correction changes nothing in report r-1");
        }

        @Test
        void obeysTheRulesOfProgress() {
            refusedFor(fixture.given(registered(), signed(), planned(), inProgress())
                              .when(correct(FIRST_REPORT, status(ReportStatus.ACHIEVED, 40))),
                       INVALID_VALUE, "replacement.progressPercent");
            refusedFor(fixture.given(registered(), signed(), planned(), inProgress())
                              .when(correct(FIRST_REPORT, status(null, 140))),
                       INVALID_VALUE, "replacement.progressPercent");
        }

        @Test
        void obeysTheRulesOfBusinessDates() {
            refusedFor(fixture.given(registered(), signed(), planned(), inProgress())
                              .when(correct(FIRST_REPORT, new ReportReplacement(TODAY.plusDays(5), null, null, null,
                                                                                null, null))),
                       DATE_IN_FUTURE, "replacement.occurredOn");
            refusedFor(fixture.given(registered(), signed(), planned(), inProgress())
                              .when(correct(FIRST_REPORT, new ReportReplacement(SIGNED_ON.minusDays(1), null, null,
                                                                                null, null, null))),
                       DATE_OUT_OF_ORDER, "replacement.occurredOn");
            LocalDate closedOn = TODAY.minusDays(10);
            refusedFor(fixture.given(registered(), signed(), planned(),
                                     new MilestoneProgressReported(ID, MILESTONE, "r-1", "PK", "PK-MODP", PK_OFFICER,
                                                                   closedOn, ReportStatus.IN_PROGRESS, null, null,
                                                                   NOTE, List.of()),
                                     terminated(closedOn))
                              .when(correct(FIRST_REPORT, new ReportReplacement(TODAY, null, null, null, null,
                                                                                null))),
                       AGREEMENT_CLOSED, "replacement.occurredOn");
        }

        @Test
        void obeysTheRulesOfEvidenceAndIndicators() {
            refusedFor(fixture.given(registered(), signed(), planned(), inProgress())
                              .when(correct(FIRST_REPORT, new ReportReplacement(
                                      null, null, null, null, null, List.of(evidence("ftp://files/x", null))))),
                       INVALID_VALUE, "replacement.evidence[0].url");
            refusedFor(fixture.given(registered(), signed(), planned(), inProgress())
                              .when(correct(FIRST_REPORT, new ReportReplacement(null, null, null, BigDecimal.TEN,
                                                                                null, null))),
                       NO_INDICATOR, "replacement.indicatorValue");
        }
    }

    @Nested
    class OfAReview {

        private static final String FINDINGS = "Staff talks held";
        private static final long REVIEW = 2;

        private final ReviewRecorded reviewed = new ReviewRecorded(ID, "rv-1", SIGNED_ON.plusDays(10),
                                                                   ImplementationScore.MINIMAL, Confidence.AMBER,
                                                                   FINDINGS, List.of());

        @Test
        void recordsScoreConfidenceAndFindingsAsTheyReadAfterTheCorrection() {
            fixture.given(registered(), signed(), reviewed)
                   .when(new CorrectReview(ID, REVIEW, 9L, "Confidence entered as AMBER by mistake", null,
                                           Confidence.GREEN, null))
                   .expectEvents(new ReviewCorrected(ID, "rv-1", REVIEW, 9L, "Confidence entered as AMBER by mistake",
                                                     ImplementationScore.MINIMAL, Confidence.GREEN, FINDINGS));
        }

        @Test
        void isRefusedWhenItChangesNothingAfterAnEarlierCorrection() {
            refused(fixture.given(registered(), signed(), reviewed,
                                  new ReviewCorrected(ID, "rv-1", REVIEW, 9L, "x", ImplementationScore.MINIMAL,
                                                      Confidence.GREEN, FINDINGS))
                           .when(new CorrectReview(ID, REVIEW, 9L, "again", null, Confidence.GREEN, null)),
                    UNCHANGED, "The correction changes nothing in review rv-1");
        }

        @Test
        void namesAReviewEventAndAField() {
            refusedFor(fixture.given(registered(), signed(), reviewed)
                              .when(new CorrectReview(ID, 1, null, "x", null, Confidence.GREEN, null)),
                       NOT_CORRECTABLE, null);
            refusedFor(fixture.given(registered(), signed(), reviewed)
                              .when(new CorrectReview(ID, REVIEW, null, "x", null, null, null)),
                       REQUIRED, "replacement");
            refusedFor(fixture.given(registered(), signed(), reviewed)
                              .when(new CorrectReview(ID, REVIEW, null, "x", null, null, "  ")),
                       REQUIRED, "replacement.findings");
        }

        @Test
        void aReportIsNotAReview() {
            refusedFor(fixture.given(registered(), signed(), planned(), inProgress())
                              .when(new CorrectReview(ID, FIRST_REPORT, null, "x", null, Confidence.GREEN, null)),
                       NOT_CORRECTABLE, null);
        }
    }
}
