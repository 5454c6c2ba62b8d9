package org.agreementtracker.agreement;

import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.AgreementVersion;
import org.agreementtracker.api.agreement.RefusalCode;
import org.agreementtracker.api.agreement.RegisterAgreement;
import org.agreementtracker.api.agreement.SignAgreement;
import org.agreementtracker.api.milestone.PlanMilestone;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.api.milestone.RescheduleMilestone;
import org.agreementtracker.eventstore.TestMongoExtension;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.agreementtracker.agreement.Agreements.BY_OFFICER;
import static org.agreementtracker.agreement.Agreements.PK_OFFICER;
import static org.agreementtracker.agreement.Agreements.SIGNED_ON;
import static org.agreementtracker.agreement.Agreements.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A ref is unique across agreements, and across tracker nodes sharing one database; the registration survives a
 * node that claimed a ref and died. Runs on the MongoDB event store through the real driver.
 */
class AgreementRegistrationTest {

    private static final String REF = "PKBY-2025-READMISSION";

    @RegisterExtension
    static final TestMongoExtension mongo = new TestMongoExtension();
    private CommandNode node;

    @BeforeEach
    void setUp() {
        node = new CommandNode(mongo.database());
    }

    @AfterEach
    void tearDown() {
        node.close();
    }

    private static RegisterAgreement register(String agreementId, String ref) {
        return new RegisterAgreement(agreementId, ref, "Readmission Agreement", AgreementKind.AGREEMENT,
                                     List.of("INTERIOR", "MIGRATION"), List.of("PK-MOD", "BY-MOD"), null, null, null,
                                     null);
    }

    @Test
    void registersUnderTheProposedIdAndClaimsTheRef() {
        AgreementVersion result = node.gateway.sendAndWait(register("a-1", REF));

        assertThat(result).isEqualTo(new AgreementVersion("a-1", 0));
        assertThat(node.payloadsOf("a-1")).singleElement().isInstanceOf(AgreementRegistered.class);
        assertThat(node.refs.agreementIdOf(REF)).contains("a-1");
    }

    @Test
    void keepsSectorsAsUpperCaseCodes() {
        node.gateway.sendAndWait(new RegisterAgreement("a-1", REF, "Readmission Agreement", AgreementKind.AGREEMENT,
                                                       List.of(" interior", "Migration"), List.of("PK-MOD", "BY-MOD"),
                                                       null, null, null, null));

        assertThat(node.payloadsOf("a-1")).singleElement()
                                          .extracting(event -> ((AgreementRegistered) event).sectors())
                                          .isEqualTo(List.of("INTERIOR", "MIGRATION"));
    }

    @Test
    void refusesOneSectorSpelledTwice() {
        assertThatThrownBy(() -> node.gateway.sendAndWait(
                new RegisterAgreement("a-1", REF, "Readmission Agreement", AgreementKind.AGREEMENT,
                                      List.of("Interior", "INTERIOR"), List.of("PK-MOD", "BY-MOD"), null, null, null,
                                      null)))
                .isInstanceOfSatisfying(AgreementRuleViolation.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(RefusalCode.INVALID_VALUE);
                    assertThat(refusal.field()).isEqualTo("sectors");
                });
    }

    @Test
    void refusesARefAlreadyRegistered() {
        node.gateway.sendAndWait(register("a-1", REF));

        assertThatThrownBy(() -> node.gateway.sendAndWait(register("a-2", REF)))
                .isInstanceOfSatisfying(AgreementRuleViolation.class,
                                        refusal -> assertThat(refusal.code()).isEqualTo(RefusalCode.DUPLICATE_REF))
                .hasMessage("Ref " + REF + " is already registered, as agreement a-1");
        assertThat(node.eventStore.lastSequenceNumberFor("a-2")).isEmpty();
    }

    @Test
    void treatsRefsThatDifferOnlyInCaseOrSurroundingBlanksAsOne() {
        node.gateway.sendAndWait(register("a-1", REF));

        assertThatThrownBy(() -> node.gateway.sendAndWait(register("a-2", " pkby-2025-readmission ")))
                .isInstanceOfSatisfying(AgreementRuleViolation.class,
                                        refusal -> assertThat(refusal.code()).isEqualTo(RefusalCode.DUPLICATE_REF));
    }

    @Test
    void refusesARefAnotherNodeRegistered() {
        try (CommandNode other = new CommandNode(mongo.onSecondNode())) {
            other.gateway.sendAndWait(register("a-1", REF));

            assertThatThrownBy(() -> node.gateway.sendAndWait(register("a-2", REF)))
                    .isInstanceOf(AgreementRuleViolation.class)
                    .hasMessage("Ref " + REF + " is already registered, as agreement a-1");
        }
    }

    @Test
    void takesOverTheIdOfAClaimWhoseAgreementWasNeverRecorded() {
        // a node claimed the ref and died before the agreement's first event was stored
        node.refs.claim(REF, "a-crashed");

        AgreementVersion result = node.gateway.sendAndWait(register("a-2", REF));

        assertThat(result).isEqualTo(new AgreementVersion("a-crashed", 0));
        assertThat(node.payloadsOf("a-crashed")).singleElement()
                                                .extracting(event -> ((AgreementRegistered) event).agreementId())
                                                .isEqualTo("a-crashed");
        assertThat(node.eventStore.lastSequenceNumberFor("a-2")).isEmpty();
    }

    @Test
    void letsARefBeRegisteredAfterARegistrationOfItWasRefused() {
        RegisterAgreement unknownParty = new RegisterAgreement("a-1", REF, "Readmission Agreement",
                                                               AgreementKind.AGREEMENT, List.of("INTERIOR"),
                                                               List.of("PK-MOD", "BY-NOBODY"), null, null, null, null);
        assertThatThrownBy(() -> node.gateway.sendAndWait(unknownParty))
                .isInstanceOfSatisfying(AgreementRuleViolation.class,
                                        refusal -> assertThat(refusal.code()).isEqualTo(RefusalCode.UNKNOWN_BODY));

        AgreementVersion result = node.gateway.sendAndWait(register("a-2", REF));

        assertThat(result.agreementId()).isEqualTo("a-1");
        assertThat(node.payloadsOf("a-1")).hasSize(1);
    }

    @Test
    void refusesAnAgreementIdAlreadyUsed() {
        node.gateway.sendAndWait(register("a-1", REF));

        assertThatThrownBy(() -> node.gateway.sendAndWait(register("a-1", "PKBY-2025-OTHER")))
                .isInstanceOfSatisfying(AgreementRuleViolation.class,
                                        refusal -> assertThat(refusal.code()).isEqualTo(RefusalCode.DUPLICATE_ID))
                .hasMessage("Agreement id a-1 is already used");
        assertThat(node.refs.agreementIdOf("PKBY-2025-OTHER")).isEmpty();
    }

    @Test
    void acceptsAParentOnlyWhenItIsARegisteredAgreement() {
        RegisterAgreement child = new RegisterAgreement("a-2", "PKBY-2025-PROTOCOL", "Protocol",
                                                        AgreementKind.PROTOCOL, List.of("INTERIOR"),
                                                        List.of("PK-MOD", "BY-MOD"), null, null, null, REF);
        assertThatThrownBy(() -> node.gateway.sendAndWait(child))
                .isInstanceOfSatisfying(AgreementRuleViolation.class,
                                        refusal -> assertThat(refusal.code()).isEqualTo(RefusalCode.UNKNOWN_PARENT))
                .hasMessage("No agreement has the ref " + REF);

        // a claim alone, whose registration never completed, is no parent either
        node.refs.claim(REF, "a-crashed");
        assertThatThrownBy(() -> node.gateway.sendAndWait(child)).isInstanceOf(AgreementRuleViolation.class);

        node.gateway.sendAndWait(register("a-1", REF));
        node.gateway.sendAndWait(child);
        assertThat(node.payloadsOf("a-2")).singleElement()
                                          .extracting(event -> ((AgreementRegistered) event).parentRef())
                                          .isEqualTo(REF);
    }

    @Test
    void letsExactlyOneOfTwoNodesRegisteringTheSameRefAtOnceSucceed() throws Exception {
        try (CommandNode other = new CommandNode(mongo.onSecondNode())) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 10; round++) {
                    String ref = "PKBY-RACE-" + round;
                    CountDownLatch start = new CountDownLatch(1);
                    List<Callable<Object>> attempts = List.of(attempt(node, "n1-" + round, ref, start),
                                                              attempt(other, "n2-" + round, ref, start));
                    List<Future<Object>> outcomes = new ArrayList<>();
                    for (Callable<Object> attempt : attempts) {
                        outcomes.add(pool.submit(attempt));
                    }
                    start.countDown();
                    List<Object> results = new ArrayList<>();
                    for (Future<Object> outcome : outcomes) {
                        results.add(outcome.get());
                    }

                    List<AgreementVersion> successes = results.stream()
                                                              .filter(AgreementVersion.class::isInstance)
                                                              .map(AgreementVersion.class::cast)
                                                              .toList();
                    assertThat(successes).as("round " + round + ": " + results).hasSize(1);
                    assertThat(results).filteredOn(Throwable.class::isInstance)
                                       .allSatisfy(AgreementRegistrationTest::isLosingARace);
                    String winner = successes.get(0).agreementId();
                    assertThat(node.refs.agreementIdOf(ref)).contains(winner);
                    assertThat(node.payloadsOf(winner)).hasSize(1);
                    for (String loser : List.of("n1-" + round, "n2-" + round)) {
                        if (!loser.equals(winner)) {
                            assertThat(node.eventStore.lastSequenceNumberFor(loser)).isEmpty();
                        }
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static Callable<Object> attempt(CommandNode on, String agreementId, String ref, CountDownLatch start) {
        return () -> {
            start.await();
            try {
                return on.gateway.sendAndWait(register(agreementId, ref));
            } catch (RuntimeException e) {
                return e;
            }
        };
    }

    /** The loser is told the ref is taken, or (both having raced for the same stream) that a concurrent write won. */
    private static void isLosingARace(Object failure) {
        assertThat(failure).satisfiesAnyOf(
                e -> assertThat(e).isInstanceOfSatisfying(AgreementRuleViolation.class, refusal -> assertThat(
                        refusal.code()).isEqualTo(RefusalCode.DUPLICATE_REF)),
                e -> assertThat(e).isInstanceOf(AggregateStreamCreationException.class),
                e -> assertThat(e).isInstanceOf(ConcurrencyException.class));
    }

    @Test
    void runsTheWholeStoryOnTheMongoStore() {
        String id = node.gateway.<AgreementVersion>sendAndWait(register(Agreements.ID, REF)).agreementId();
        node.gateway.sendAndWait(new SignAgreement(id, SIGNED_ON, "Minsk", List.of()));
        node.gateway.sendAndWait(new PlanMilestone(id, "m-1", "Readmission procedures agreed", TODAY, "PK-MODP", 2,
                                                   null));
        node.gateway.sendAndWait(Agreements.report("r-1", PK_OFFICER, ReportStatus.ACHIEVED));
        AgreementVersion afterBoth = node.gateway.sendAndWait(
                Agreements.report("r-2", BY_OFFICER, ReportStatus.ACHIEVED));

        assertThat(afterBoth).isEqualTo(new AgreementVersion(id, 4));
        // If-Match with a version someone has moved on from
        assertThatThrownBy(() -> node.gateway.sendAndWait(new PlanMilestone(id, "m-2", "Second round", TODAY,
                                                                            "BY-MOD", null, null, null, 3L)))
                .isInstanceOf(ConflictingAggregateVersionException.class);
        assertThatThrownBy(() -> node.gateway.sendAndWait(new RescheduleMilestone(id, "m-1", TODAY.plusDays(30),
                                                                                  "Too late", 4L)))
                .isInstanceOfSatisfying(AgreementRuleViolation.class,
                                        refusal -> assertThat(refusal.code())
                                                .isEqualTo(RefusalCode.MILESTONE_CONFIRMED));
    }
}
