package org.agreementtracker.api.agreement;

/**
 * The legal lifecycle: DRAFT -> SIGNED (instruments) or ANNOUNCED (commitments) -> IN_FORCE <-> SUSPENDED ->
 * COMPLETED | TERMINATED | EXPIRED.
 */
public enum AgreementStatus {
    DRAFT, SIGNED, ANNOUNCED, IN_FORCE, SUSPENDED, COMPLETED, TERMINATED, EXPIRED;

    /** True for the final statuses, from which nothing further happens. */
    public boolean closed() {
        return this == COMPLETED || this == TERMINATED || this == EXPIRED;
    }
}
