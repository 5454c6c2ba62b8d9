package org.agreementtracker.agreement;

import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.actor.Role;
import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementVersion;
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.milestone.MilestoneCancelled;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.ReportMilestoneProgress;
import org.agreementtracker.api.milestone.ReportStatus;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.agreementtracker.agreement.Agreements.BY_OFFICER;
import static org.agreementtracker.agreement.Agreements.CHAIR;
import static org.agreementtracker.agreement.Agreements.ID;
import static org.agreementtracker.agreement.Agreements.INDICATOR_MILESTONE;
import static org.agreementtracker.agreement.Agreements.MILESTONE;
import static org.agreementtracker.agreement.Agreements.MILESTONE_TITLE;
import static org.agreementtracker.agreement.Agreements.PK_OFFICER;
import static org.agreementtracker.agreement.Agreements.REF;
import static org.agreementtracker.agreement.Agreements.SIGNED_ON;
import static org.agreementtracker.agreement.Agreements.TODAY;
import static org.agreementtracker.agreement.Agreements.announced;
import static org.agreementtracker.agreement.Agreements.evidence;
import static org.agreementtracker.agreement.Agreements.inForce;
import static org.agreementtracker.agreement.Agreements.planned;
import static org.agreementtracker.agreement.Agreements.plannedWithIndicator;
import static org.agreementtracker.agreement.Agreements.refused;
import static org.agreementtracker.agreement.Agreements.refusedFor;
import static org.agreementtracker.agreement.Agreements.registered;
import static org.agreementtracker.agreement.Agreements.report;
import static org.agreementtracker.agreement.Agreements.reported;
import static org.agreementtracker.agreement.Agreements.signed;
import static org.agreementtracker.agreement.Agreements.suspended;
import static org.agreementtracker.agreement.Agreements.terminated;
import static org.agreementtracker.api.agreement.RefusalCode.AGREEMENT_CLOSED;
import static org.agreementtracker.api.agreement.RefusalCode.AGREEMENT_NOT_CONCLUDED;
import static org.agreementtracker.api.agreement.RefusalCode.DATE_IN_FUTURE;
import static org.agreementtracker.api.agreement.RefusalCode.DATE_OUT_OF_ORDER;
import static org.agreementtracker.api.agreement.RefusalCode.DUPLICATE_ID;
import static org.agreementtracker.api.agreement.RefusalCode.INVALID_VALUE;
import static org.agreementtracker.api.agreement.RefusalCode.MILESTONE_CANCELLED;
import static org.agreementtracker.api.agreement.RefusalCode.NOT_A_REPORTING_BODY;
import static org.agreementtracker.api.agreement.RefusalCode.NOT_YOUR_BODY;
import static org.agreementtracker.api.agreement.RefusalCode.NO_INDICATOR;
import static org.agreementtracker.api.agreement.RefusalCode.REQUIRED;
import static org.agreementtracker.api.agreement.RefusalCode.ROLE_NOT_ALLOWED;
import static org.agreementtracker.api.agreement.RefusalCode.UNKNOWN_MILESTONE;

class MilestoneReportingTest {

    private static final String NOTE = "Talks held in Rawalpindi";

    private AggregateTestFixture<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = Agreements.fixture();
    }

    private static ReportMilestoneProgress reportFor(Actor by, String onBehalfOf) {
        return new ReportMilestoneProgress(ID, MILESTONE, "r-1", by, onBehalfOf, TODAY, ReportStatus.IN_PROGRESS, 40,
                                           null, NOTE, List.of());
    }

    private static MilestoneProgressReported reportedFor(String side, String body, Actor by) {
        return new MilestoneProgressReported(ID, MILESTONE, "r-1", side, body, by, TODAY, ReportStatus.IN_PROGRESS, 40,
                                             null, NOTE, List.of());
    }

    @Nested
    class WhoReports {

        @Test
        void theOwningBodysOfficerReportsForItsSide() {
            fixture.given(registered(), signed(), planned())
                   .when(reportFor(PK_OFFICER, null))
                   .expectEvents(reportedFor("PK", "PK-MODP", PK_OFFICER))
                   .expectResultMessagePayload(new AgreementVersion(ID, 3));
        }

        @Test
        void theOtherSidesPartyBodyReportsForItsSide() {
            fixture.given(registered(), signed(), planned())
                   .when(reportFor(BY_OFFICER, "BY-MOD"))
                   .expectEvents(reportedFor("BY", "BY-MOD", BY_OFFICER));
        }

        @Test
        void thePartyBodyOfTheOwnersSideReportsToo() {
            Actor officer = Actor.ministry("bilal", "PK", "PK-MOD");

            fixture.given(registered(), signed(), planned())
                   .when(reportFor(officer, null))
                   .expectEvents(reportedFor("PK", "PK-MOD", officer));
        }

        @Test
        void aBodyWithNoSayInTheMilestoneMayNot() {
            Actor commerce = Actor.ministry("sana", "PK", "PK-MOC");

            refused(fixture.given(registered(), signed(), planned()).when(reportFor(commerce, null)),
                    NOT_YOUR_BODY, "Body PK-MOC may not report on milestone '" + MILESTONE_TITLE + "' (m-1): only its "
                            + "owner PK-MODP or a party (PK-MOD, BY-MOD) may");
        }

        @Test
        void anOfficerMayNotReportForAnotherBody() {
            refused(fixture.given(registered(), signed(), planned()).when(reportFor(BY_OFFICER, "PK-MODP")),
                    NOT_YOUR_BODY, "Ministry officer ivan of BY-MOD may report for BY-MOD only, not for PK-MODP");
        }

        @Test
        void anOfficerWhoseSideIsNotTheirBodysCountryMayNot() {
            Actor confused = Actor.ministry("ivan", "PK", "BY-MOD");

            refused(fixture.given(registered(), signed(), planned()).when(reportFor(confused, null)),
                    NOT_YOUR_BODY, "Ministry officer ivan is on side PK but body BY-MOD is of BY");
        }

        @Test
        void anOfficerWithoutBodyMayNot() {
            refusedFor(fixture.given(registered(), signed(), planned())
                              .when(reportFor(new Actor("nobody", Role.MINISTRY, "PK", null), null)),
                       NOT_YOUR_BODY, null);
        }

        @Test
        void theCommitteeReportsForTheOwnerByDefault() {
            fixture.given(registered(), signed(), planned())
                   .when(reportFor(CHAIR, null))
                   .expectEvents(reportedFor("PK", "PK-MODP", CHAIR));
        }

        @Test
        void theCommitteeReportsForTheOtherSideByNamingItsPartyBody() {
            fixture.given(registered(), signed(), planned())
                   .when(reportFor(CHAIR, "BY-MOD"))
                   .expectEvents(reportedFor("BY", "BY-MOD", CHAIR));
        }

        @Test
        void theCommitteeMayNotReportForABodyWithNoSay() {
            refused(fixture.given(registered(), signed(), planned()).when(reportFor(CHAIR, "BY-SAMI")),
                    NOT_A_REPORTING_BODY, "A report on milestone '" + MILESTONE_TITLE + "' (m-1) must be the account "
                            + "of its owner PK-MODP or of a party (PK-MOD, BY-MOD), not of BY-SAMI");
        }

        @Test
        void administratorsAndAuditorsDoNotReport() {
            refused(fixture.given(registered(), signed(), planned()).when(reportFor(Actor.admin("root"), null)),
                    ROLE_NOT_ALLOWED, "Only ministry officers and committee members report on milestones; root acts "
                            + "as ADMIN");
            refusedFor(fixture.given(registered(), signed(), planned())
                              .when(reportFor(new Actor("audit", Role.AUDITOR, null, null), null)),
                       ROLE_NOT_ALLOWED, null);
        }

        @Test
        void nobodyDoesNotReport() {
            refusedFor(fixture.given(registered(), signed(), planned()).when(reportFor(null, null)),
                       REQUIRED, "reportedBy");
        }
    }

    @Nested
    class WhenReportsAreAccepted {

        @Test
        void notForAnUnknownMilestone() {
            refused(fixture.given(registered(), signed()).when(report("r-1", PK_OFFICER, ReportStatus.ACHIEVED)),
                    UNKNOWN_MILESTONE, "Agreement " + REF + " has no milestone m-1");
        }

        @Test
        void notOnACancelledMilestone() {
            refused(fixture.given(registered(), signed(), planned(), new MilestoneCancelled(ID, MILESTONE, "Dropped"))
                           .when(report("r-1", PK_OFFICER, ReportStatus.ACHIEVED)),
                    MILESTONE_CANCELLED, "Milestone '" + MILESTONE_TITLE + "' (m-1) is cancelled; nothing more can be "
                            + "reported on it");
        }

        @Test
        void notWhileTheAgreementIsADraft() {
            refused(fixture.given(registered(), planned()).when(report("r-1", PK_OFFICER, ReportStatus.IN_PROGRESS)),
                    AGREEMENT_NOT_CONCLUDED, "Agreement " + REF + " is a DRAFT; it can be reported on once it is "
                            + "signed");
        }

        @Test
        void onAnnouncedCommitments() {
            fixture.given(registered(AgreementKind.INITIATIVE, null), announced(), planned())
                   .when(report("r-1", PK_OFFICER, ReportStatus.IN_PROGRESS))
                   .expectEvents(reported("r-1", "PK", "PK-MODP", PK_OFFICER, ReportStatus.IN_PROGRESS));
        }

        @Test
        void whileTheAgreementIsSuspended() {
            fixture.given(registered(), signed(), inForce(), suspended(), planned())
                   .when(report("r-1", PK_OFFICER, ReportStatus.BLOCKED))
                   .expectEvents(reported("r-1", "PK", "PK-MODP", PK_OFFICER, ReportStatus.BLOCKED));
        }

        @Test
        void notDatedInTheFuture() {
            refusedFor(fixture.given(registered(), signed(), planned())
                              .when(dated(TODAY.plusDays(2))),
                       DATE_IN_FUTURE, "occurredOn");
        }

        @Test
        void notDatedBeforeTheAgreementWasConcluded() {
            refused(fixture.given(registered(), signed(), planned()).when(dated(SIGNED_ON.minusDays(1))),
                    DATE_OUT_OF_ORDER, "occurredOn 2025-04-10 is before agreement " + REF + " was signed on "
                            + "2025-04-11");
        }

        @Test
        void afterTheAgreementClosedOnlyAboutWhatHappenedBefore() {
            LocalDate terminatedOn = LocalDate.parse("2025-06-15");

            refused(fixture.given(registered(), signed(), inForce(), planned(), terminated(terminatedOn))
                           .when(dated(TODAY)),
                    AGREEMENT_CLOSED, "Agreement " + REF + " is TERMINATED since 2025-06-15; only reports of what "
                            + "happened by then are accepted");
            fixture.given(registered(), signed(), inForce(), planned(), terminated(terminatedOn))
                   .when(dated(terminatedOn))
                   .expectSuccessfulHandlerExecution();
        }

        @Test
        void notUnderAReportIdAlreadyUsed() {
            refused(fixture.given(registered(), signed(), planned(),
                                  reported("r-1", "PK", "PK-MODP", PK_OFFICER, ReportStatus.IN_PROGRESS))
                           .when(report("r-1", BY_OFFICER, ReportStatus.IN_PROGRESS)),
                    DUPLICATE_ID, "Agreement " + REF + " already has a report r-1");
        }

        private ReportMilestoneProgress dated(LocalDate occurredOn) {
            return new ReportMilestoneProgress(ID, MILESTONE, "r-1", PK_OFFICER, null, occurredOn,
                                               ReportStatus.IN_PROGRESS, null, null, NOTE, List.of());
        }
    }

    @Nested
    class WhatAReportSays {

        @Test
        void needsAStatusAReportIdAndANote() {
            refusedFor(fixture.given(registered(), signed(), planned())
                              .when(content(null, null, null, NOTE)),
                       REQUIRED, "status");
            refusedFor(fixture.given(registered(), signed(), planned())
                              .when(content(ReportStatus.IN_PROGRESS, null, null, " ")),
                       REQUIRED, "note");
            refusedFor(fixture.given(registered(), signed(), planned())
                              .when(new ReportMilestoneProgress(ID, MILESTONE, null, PK_OFFICER, null, TODAY,
                                                                ReportStatus.IN_PROGRESS, null, null, NOTE, null)),
                       REQUIRED, "reportId");
        }

        @Test
        void givesProgressAsAPercentage() {
            refused(fixture.given(registered(), signed(), planned()).when(content(ReportStatus.IN_PROGRESS, 101, null,
                                                                                  NOTE)),
                    INVALID_VALUE, "progressPercent is between 0 and 100, not 101");
            refusedFor(fixture.given(registered(), signed(), planned())
                              .when(content(ReportStatus.IN_PROGRESS, -1, null, NOTE)),
                       INVALID_VALUE, "progressPercent");
        }

        @Test
        void givesProgressThatDoesNotContradictTheStatus() {
            refused(fixture.given(registered(), signed(), planned()).when(content(ReportStatus.ACHIEVED, 80, null,
                                                                                  NOTE)),
                    INVALID_VALUE, "An ACHIEVED milestone is 100% done, not 80%");
            refused(fixture.given(registered(), signed(), planned()).when(content(ReportStatus.NOT_STARTED, 10, null,
                                                                                  NOTE)),
                    INVALID_VALUE, "A milestone NOT_STARTED is 0% done, not 10%");
        }

        @Test
        void givesAnIndicatorValueOnlyForAMilestoneWithAnIndicator() {
            refused(fixture.given(registered(), signed(), planned())
                           .when(content(ReportStatus.IN_PROGRESS, null, new BigDecimal("1200"), NOTE)),
                    NO_INDICATOR, "Milestone '" + MILESTONE_TITLE + "' (m-1) has no indicator to give a value for");
        }

        @Test
        void givesAnIndicatorValue() {
            Actor officer = Actor.ministry("bilal", "PK", "PK-MOD");

            fixture.given(registered(), signed(), plannedWithIndicator())
                   .when(new ReportMilestoneProgress(ID, INDICATOR_MILESTONE, "r-1", officer, null, TODAY,
                                                     ReportStatus.IN_PROGRESS, 10, new BigDecimal("15000"), NOTE,
                                                     List.of()))
                   .expectEvents(new MilestoneProgressReported(ID, INDICATOR_MILESTONE, "r-1", "PK", "PK-MOD",
                                                               officer, TODAY, ReportStatus.IN_PROGRESS, 10,
                                                               new BigDecimal("15000"), NOTE, List.of()));
        }

        @Test
        void attachesEvidenceWithItsDigestInLowerCase() {
            String digest = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";

            fixture.given(registered(), signed(), planned())
                   .when(withEvidence(new Evidence(" Minutes of the talks ", "https://mod.gov.pk/minutes.pdf", digest,
                                                   " ")))
                   .expectEvents(new MilestoneProgressReported(ID, MILESTONE, "r-1", "PK", "PK-MODP", PK_OFFICER,
                                                               TODAY, ReportStatus.ACHIEVED, 100, null, NOTE,
                                                               List.of(new Evidence("Minutes of the talks",
                                                                                    "https://mod.gov.pk/minutes.pdf",
                                                                                    digest.toLowerCase(), null))));
        }

        @Test
        void refusesEvidenceWithoutTitle() {
            refusedFor(fixture.given(registered(), signed(), planned())
                              .when(withEvidence(new Evidence(" ", null, null, null))),
                       REQUIRED, "evidence[0].title");
        }

        @Test
        void refusesADigestThatIsNotSha256() {
            refused(fixture.given(registered(), signed(), planned()).when(withEvidence(evidence(null, "abc123"))),
                    INVALID_VALUE, "A SHA-256 digest is 64 hex digits, not abc123");
        }

        @Test
        void refusesALinkABrowserCannotOpen() {
            refused(fixture.given(registered(), signed(), planned())
                           .when(withEvidence(evidence("ftp://mod.gov.pk/minutes.pdf", null))),
                    INVALID_VALUE, "Evidence link ftp://mod.gov.pk/minutes.pdf is not an http or https URL");
            refusedFor(fixture.given(registered(), signed(), planned())
                              .when(withEvidence(evidence("minutes of 3 March", null))),
                       INVALID_VALUE, "evidence[0].url");
        }

        private ReportMilestoneProgress content(ReportStatus status, Integer percent, BigDecimal value, String note) {
            return new ReportMilestoneProgress(ID, MILESTONE, "r-1", PK_OFFICER, null, TODAY, status, percent, value,
                                               note, List.of());
        }

        private ReportMilestoneProgress withEvidence(Evidence evidence) {
            return new ReportMilestoneProgress(ID, MILESTONE, "r-1", PK_OFFICER, null, TODAY, ReportStatus.ACHIEVED,
                                               100, null, NOTE, List.of(evidence));
        }
    }
}
