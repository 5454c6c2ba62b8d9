package org.agreementtracker.api.actor;

/** What a user may do; see docs/glossary.md. */
public enum Role {
    /** Registers agreements and users, rebuilds projections. */
    ADMIN,
    /** Coordination committee: plans milestones, reviews agreements, reads every board. */
    COMMITTEE,
    /** An officer of one ministry or agency (one body, one side): reports on what its body owns. */
    MINISTRY,
    /** Replays and verifies history; changes nothing. */
    AUDITOR
}
