package org.agreementtracker.api.review;

import java.util.OptionalInt;

/**
 * How far an agreement is implemented, on the Peace Accords Matrix scale (0 to 3) extended with NO_EVIDENCE: the
 * committee could not judge, which is not the same as "not started".
 */
public enum ImplementationScore {
    NO_EVIDENCE(-1), NOT_STARTED(0), MINIMAL(1), INTERMEDIATE(2), FULL(3);

    private final int pam;

    ImplementationScore(int pam) {
        this.pam = pam;
    }

    /** The Peace Accords Matrix value, empty for NO_EVIDENCE (which must not be averaged as a zero). */
    public OptionalInt pamValue() {
        return pam < 0 ? OptionalInt.empty() : OptionalInt.of(pam);
    }
}
