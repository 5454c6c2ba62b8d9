package org.agreementtracker.security;

/**
 * What a user may do. Spring Security sees each as the authority {@code ROLE_<name>}.
 */
public enum Role {
    /** registers agreements and users, rebuilds projections */
    ADMIN,
    /** plans milestones, reviews agreements, reads every board */
    COMMITTEE,
    /** reports for the one body it belongs to; always has a side and a body */
    MINISTRY,
    /** replays, verifies and exports history; changes nothing */
    AUDITOR;

    public static final String AUTHORITY_PREFIX = "ROLE_";

    public String authority() {
        return AUTHORITY_PREFIX + name();
    }
}
