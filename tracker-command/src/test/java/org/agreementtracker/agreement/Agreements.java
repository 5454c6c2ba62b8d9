package org.agreementtracker.agreement;

import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.BaseMatcher;
import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.agreement.AgreementAnnounced;
import org.agreementtracker.api.agreement.AgreementEnteredIntoForce;
import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.AgreementSigned;
import org.agreementtracker.api.agreement.AgreementSuspended;
import org.agreementtracker.api.agreement.AgreementTerminated;
import org.agreementtracker.api.agreement.Party;
import org.agreementtracker.api.agreement.RefusalCode;
import org.agreementtracker.api.agreement.RegisterAgreement;
import org.agreementtracker.api.agreement.Signatory;
import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.ClassificationScheme;
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.ReportMilestoneProgress;
import org.agreementtracker.api.milestone.ReportStatus;
import org.axonframework.messaging.MetaData;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Test data: a Pakistan-Belarus defence agreement, its milestones and reports, and the fixture they run in. */
public final class Agreements {

    static final LocalDate TODAY = LocalDate.parse("2025-07-01");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC);

    static final BodyRegister BODIES = BodyRegister.of(List.of(
            new Body("PK-MOD", "PK", "Ministry of Defence"),
            new Body("PK-MODP", "PK", "Ministry of Defence Production"),
            new Body("PK-MOC", "PK", "Ministry of Commerce"),
            new Body("BY-MOD", "BY", "Ministry of Defence"),
            new Body("BY-SAMI", "BY", "State Authority for Military Industry"),
            new Body("BY-MOLSP", "BY", "Ministry of Labour and Social Protection"),
            new Body("PK-OPHRD", "PK", "Ministry of Overseas Pakistanis and Human Resource Development"),
            new Body("KZ-MFA", "KZ", "Ministry of Foreign Affairs")));

    static final String ID = "agr-1";
    static final String REF = "PKBY-2025-DEFENCE";
    static final List<Party> PARTIES = List.of(new Party("PK-MOD", "PK"), new Party("BY-MOD", "BY"));
    static final LocalDate SIGNED_ON = LocalDate.parse("2025-04-11");
    static final LocalDate IN_FORCE_ON = LocalDate.parse("2025-05-01");
    static final LocalDate SUSPENDED_ON = LocalDate.parse("2025-06-01");

    static final String MILESTONE = "m-1";
    static final String MILESTONE_TITLE = "First joint staff talks held";
    static final LocalDate DUE_ON = LocalDate.parse("2025-09-30");
    static final String INDICATOR_MILESTONE = "m-2";
    static final Indicator WORKERS = new Indicator("Pakistani workers employed in Belarus", "persons",
                                                   new BigDecimal("150000"), null, null, true);

    static final ClassificationScheme SCHEME = ClassificationScheme.standard();
    static final Classification OFFICIAL = Classification.of("OFFICIAL");

    static final Actor PK_OFFICER = Actor.ministry("amina", "PK", "PK-MODP");
    static final Actor BY_OFFICER = Actor.ministry("ivan", "BY", "BY-MOD");
    static final Actor CHAIR = Actor.committee("chair");

    private Agreements() {
    }

    static AggregateTestFixture<Agreement> fixture() {
        AggregateTestFixture<Agreement> fixture = new AggregateTestFixture<>(Agreement.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(BODIES);
        fixture.registerInjectableResource(SCHEME);
        return fixture;
    }

    /** The agreement {@code command} registers, as its registration creates it (sent by the tracker itself). */
    static Agreement created(RegisterAgreement command) {
        return new Agreement(command, BODIES, SCHEME, MetaData.emptyInstance());
    }

    static RegisterAgreement register() {
        return new RegisterAgreement(ID, REF, "Agreement on Cooperation between the Ministries of Defence",
                                     AgreementKind.AGREEMENT, List.of("DEFENCE"), List.of("PK-MOD", "BY-MOD"), null,
                                     null, null, null);
    }

    static AgreementRegistered registered() {
        return registered(AgreementKind.AGREEMENT, null);
    }

    static AgreementRegistered registered(AgreementKind kind, LocalDate validUntil) {
        return new AgreementRegistered(ID, REF, "Agreement on Cooperation between the Ministries of Defence", kind,
                                       List.of("DEFENCE"), PARTIES, null, null, validUntil, null, OFFICIAL);
    }

    static AgreementSigned signed() {
        return new AgreementSigned(ID, SIGNED_ON, "Minsk", List.of(new Signatory("Viktor Khrenin", "Minister", "BY")));
    }

    static AgreementAnnounced announced() {
        return new AgreementAnnounced(ID, SIGNED_ON, null);
    }

    static AgreementEnteredIntoForce inForce() {
        return new AgreementEnteredIntoForce(ID, IN_FORCE_ON);
    }

    static AgreementSuspended suspended() {
        return new AgreementSuspended(ID, SUSPENDED_ON, "Review of export licences");
    }

    static AgreementTerminated terminated(LocalDate on) {
        return new AgreementTerminated(ID, on, "Superseded by a new agreement");
    }

    /** A milestone owned by PK-MODP: not itself a party, but a body of a party's country. */
    static MilestonePlanned planned() {
        return new MilestonePlanned(ID, MILESTONE, MILESTONE_TITLE, DUE_ON, "PK-MODP", "PK", 1, null);
    }

    static MilestonePlanned plannedWithIndicator() {
        return new MilestonePlanned(ID, INDICATOR_MILESTONE, "Workers employed", DUE_ON, "PK-MOD", "PK", 2, WORKERS);
    }

    static ReportMilestoneProgress report(String reportId, Actor by, ReportStatus status) {
        return new ReportMilestoneProgress(ID, MILESTONE, reportId, by, null, TODAY, status, null, null,
                                           "Talks held in Rawalpindi", List.of());
    }

    static MilestoneProgressReported reported(String reportId, String side, String body, Actor by,
                                              ReportStatus status) {
        return new MilestoneProgressReported(ID, MILESTONE, reportId, side, body, by, TODAY, status, null, null,
                                             "Talks held in Rawalpindi", List.of());
    }

    static Evidence evidence(String url, String sha256) {
        return new Evidence("Minutes of the talks", url, sha256, "minutes");
    }

    /** Expects the command to be refused with {@code code} and exactly {@code message}, recording nothing. */
    public static void refused(ResultValidator<?> result, RefusalCode code, String message) {
        result.expectNoEvents().expectException(refusal(code)).expectExceptionMessage(message);
    }

    /** Expects the command to be refused with {@code code}, for {@code field}, recording nothing. */
    public static void refusedFor(ResultValidator<?> result, RefusalCode code, String field) {
        result.expectNoEvents().expectException(refusal(code, field));
    }

    static Matcher<AgreementRuleViolation> refusal(RefusalCode code) {
        return refusal(code, null);
    }

    private static Matcher<AgreementRuleViolation> refusal(RefusalCode code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(AgreementRuleViolation violation) {
                return violation.code() == code && (field == null || field.equals(violation.field()));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal " + code + (field == null ? "" : " of field " + field));
            }

            @Override
            protected void describeMismatchSafely(AgreementRuleViolation violation, Description description) {
                description.appendText("was " + violation.code() + " of field " + violation.field() + ": "
                                               + violation.getMessage());
            }
        };
    }

    /** Accepts any events and keeps them, so that their metadata can be asserted on. */
    public static Matcher<List<EventMessage<?>>> capturing(List<EventMessage<?>> into) {
        return new BaseMatcher<>() {
            @Override
            @SuppressWarnings("unchecked")
            public boolean matches(Object actual) {
                into.addAll((List<EventMessage<?>>) actual);
                return !into.isEmpty();
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("at least one event");
            }
        };
    }
}
