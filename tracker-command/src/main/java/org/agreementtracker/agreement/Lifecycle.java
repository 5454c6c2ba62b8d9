package org.agreementtracker.agreement;

import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.agreement.RefusalCode;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.agreementtracker.api.agreement.AgreementStatus.ANNOUNCED;
import static org.agreementtracker.api.agreement.AgreementStatus.DRAFT;
import static org.agreementtracker.api.agreement.AgreementStatus.IN_FORCE;
import static org.agreementtracker.api.agreement.AgreementStatus.SIGNED;
import static org.agreementtracker.api.agreement.AgreementStatus.SUSPENDED;

/**
 * The legal lifecycle as a table: which step may follow which status. DRAFT -> SIGNED (instruments) or ANNOUNCED
 * (commitments) -> IN_FORCE <-> SUSPENDED -> COMPLETED | TERMINATED | EXPIRED. A concluded agreement may be
 * terminated before it enters into force (ratification fails, a venture is abandoned); only one in force can be
 * completed; validity can run out while in force or suspended. A refusal names every step the status allows.
 */
final class Lifecycle {

    enum Step {
        SIGN("sign", "signed"),
        ANNOUNCE("announce", "announced"),
        BRING_INTO_FORCE("bring into force", "brought into force"),
        SUSPEND("suspend", "suspended"),
        RESUME("resume", "resumed"),
        TERMINATE("terminate", "terminated"),
        COMPLETE("complete", "completed"),
        EXPIRE("expire", "marked expired");

        private final String verb;
        private final String participle;

        Step(String verb, String participle) {
            this.verb = verb;
            this.participle = participle;
        }
    }

    private static final Map<AgreementStatus, EnumSet<Step>> ALLOWED = new EnumMap<>(AgreementStatus.class);

    static {
        for (AgreementStatus status : AgreementStatus.values()) {
            ALLOWED.put(status, EnumSet.noneOf(Step.class));
        }
        ALLOWED.put(DRAFT, EnumSet.of(Step.SIGN, Step.ANNOUNCE));
        ALLOWED.put(SIGNED, EnumSet.of(Step.BRING_INTO_FORCE, Step.TERMINATE));
        ALLOWED.put(ANNOUNCED, EnumSet.of(Step.BRING_INTO_FORCE, Step.TERMINATE));
        ALLOWED.put(IN_FORCE, EnumSet.of(Step.SUSPEND, Step.TERMINATE, Step.COMPLETE, Step.EXPIRE));
        ALLOWED.put(SUSPENDED, EnumSet.of(Step.RESUME, Step.TERMINATE, Step.EXPIRE));
    }

    private Lifecycle() {
    }

    /** Refuses {@code step} unless the lifecycle allows it from {@code status} for an agreement of {@code kind}. */
    static void check(String ref, AgreementKind kind, AgreementStatus status, Step step) {
        if (step == Step.SIGN && kind.announced()) {
            throw new AgreementRuleViolation(RefusalCode.WRONG_KIND, "Agreement " + ref + " is of kind " + kind
                    + ", a commitment: it is announced, not signed");
        }
        if (step == Step.ANNOUNCE && !kind.announced()) {
            throw new AgreementRuleViolation(RefusalCode.WRONG_KIND, "Agreement " + ref + " is of kind " + kind
                    + ", an instrument: it is signed, not announced");
        }
        Set<Step> allowed = allowed(kind, status);
        if (!allowed.contains(step)) {
            throw new AgreementRuleViolation(RefusalCode.ILLEGAL_TRANSITION,
                                             "Cannot " + step.verb + ": agreement " + ref + " is " + status + "; "
                                                     + whatFollows(status, allowed));
        }
    }

    private static Set<Step> allowed(AgreementKind kind, AgreementStatus status) {
        EnumSet<Step> allowed = EnumSet.copyOf(ALLOWED.get(status));
        allowed.remove(kind.announced() ? Step.SIGN : Step.ANNOUNCE);
        return allowed;
    }

    private static String whatFollows(AgreementStatus status, Set<Step> allowed) {
        if (allowed.isEmpty()) {
            return status + " is final; nothing can follow it";
        }
        List<String> participles = allowed.stream().map(step -> step.participle).toList();
        String list = participles.size() == 1
                ? participles.get(0)
                : String.join(", ", participles.subList(0, participles.size() - 1)) + " or "
                        + participles.get(participles.size() - 1);
        return "from " + status + " it can be " + list;
    }
}
