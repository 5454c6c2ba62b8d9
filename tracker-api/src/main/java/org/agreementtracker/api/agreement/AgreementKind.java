package org.agreementtracker.api.agreement;

/**
 * What kind of undertaking an agreement is. Instruments are concluded by signature; commitments (an initiative, a
 * joint venture) are concluded by being announced.
 */
public enum AgreementKind {
    AGREEMENT, MOU, ROADMAP, PROGRAMME, ACTION_PLAN, PROTOCOL,
    INITIATIVE, JOINT_VENTURE;

    /** True for kinds that are announced rather than signed. */
    public boolean announced() {
        return this == INITIATIVE || this == JOINT_VENTURE;
    }
}
