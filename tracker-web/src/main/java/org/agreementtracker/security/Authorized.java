package org.agreementtracker.security;

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

    /** reads open to every authenticated user */
    public static final String ANY_USER = "isAuthenticated()";
    public static final String ADMIN_ONLY = "hasRole('" + ADMIN + "')";
    public static final String COMMITTEE_ONLY = "hasRole('" + COMMITTEE + "')";
    public static final String ADMIN_OR_COMMITTEE = "hasAnyRole('" + ADMIN + "','" + COMMITTEE + "')";
    public static final String MINISTRY_OR_COMMITTEE = "hasAnyRole('" + MINISTRY + "','" + COMMITTEE + "')";
    public static final String AUDITOR_OR_ADMIN = "hasAnyRole('" + AUDITOR + "','" + ADMIN + "')";

    private Authorized() {
    }
}
