package org.agreementtracker.security;

import org.agreementtracker.api.actor.Role;

import java.util.List;

/**
 * The role rules of the API as {@code @PreAuthorize} expressions, e.g. {@code @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)}.
 * Constants, so that the annotation accepts them and a typo in a role name fails to compile rather than to authorize.
 * Whether a MINISTRY user may report for a given milestone depends on the agreement's parties and the milestone's
 * owner: the controller or the aggregate checks that with {@link TrackerUser#body()}; these rules only gate the role.
 */
public final class Authorized {

    public static final String ADMIN = "ADMIN";
    public static final String COMMITTEE = "COMMITTEE";
    public static final String MINISTRY = "MINISTRY";
    public static final String AUDITOR = "AUDITOR";

    /** the public portal's reads, open without logging in */
    public static final String ANYONE = "permitAll()";
    /** reads open to every authenticated user */
    public static final String ANY_USER = "isAuthenticated()";
    public static final String ADMIN_ONLY = "hasRole('" + ADMIN + "')";
    public static final String COMMITTEE_ONLY = "hasRole('" + COMMITTEE + "')";
    public static final String ADMIN_OR_COMMITTEE = "hasAnyRole('" + ADMIN + "','" + COMMITTEE + "')";
    public static final String MINISTRY_OR_COMMITTEE = "hasAnyRole('" + MINISTRY + "','" + COMMITTEE + "')";
    public static final String AUDITOR_OR_ADMIN = "hasAnyRole('" + AUDITOR + "','" + ADMIN + "')";

    private Authorized() {
    }

    /**
     * The role a user holding several of an endpoint's roles acts in: the first of the list that they hold. Beside
     * the expressions above, so that an endpoint's roles are written down in one place.
     */
    public static final class ActingAs {

        public static final List<Role> ADMIN_OR_COMMITTEE = List.of(Role.ADMIN, Role.COMMITTEE);
        public static final List<Role> COMMITTEE_OR_ADMIN = List.of(Role.COMMITTEE, Role.ADMIN);
        public static final List<Role> MINISTRY_OR_COMMITTEE = List.of(Role.MINISTRY, Role.COMMITTEE);
        public static final List<Role> COMMITTEE = List.of(Role.COMMITTEE);
        public static final List<Role> MINISTRY = List.of(Role.MINISTRY);

        private ActingAs() {
        }
    }
}
