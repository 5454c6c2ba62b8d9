package org.agreementtracker.security;

import org.agreementtracker.api.actor.Role;
import org.agreementtracker.api.classification.Clearance;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling: the same for a user from configuration (HTTP Basic) and one from an OpenID Connect issuer (JWT).
 * A controller declares a parameter of this type to receive it, and puts it in the command's metadata.
 *
 * @param username stable name; for a JWT the principal claim ({@code sub} unless configured)
 * @param roles    at least one
 * @param side     country code of the user's side (such as {@code PK}); always set for MINISTRY, else optional
 * @param body     id of the body in the register (such as {@code PK-MOFA}); always set for MINISTRY, else optional
 * @param clearance what they may read: a level and compartments, limited to their {@code side} when they have one
 */
public record TrackerUser(String username, Set<Role> roles, String side, String body, Clearance clearance) {

    /** Spring Security sees each role as the authority {@code ROLE_<name>}. */
    public static final String AUTHORITY_PREFIX = "ROLE_";

    public TrackerUser {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("A user needs a name");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("User " + username + " has no role");
        }
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
        side = blankToNull(side);
        body = blankToNull(body);
        if (roles.contains(Role.MINISTRY) && (side == null || body == null)) {
            throw new IllegalArgumentException("User " + username + " has role MINISTRY, so needs a side and a body");
        }
        if (clearance == null) {
            throw new IllegalArgumentException("User " + username + " has no clearance");
        }
        // releasableTo limits a user by the side they have, whatever the clearance was given with
        clearance = new Clearance(clearance.level(), clearance.compartments(), side);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Spring Security's view of the roles. */
    public List<GrantedAuthority> authorities() {
        return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(AUTHORITY_PREFIX + role.name())).toList();
    }

    /** The tracker user behind an authentication of either kind, if it is one of ours. */
    public static Optional<TrackerUser> of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof TrackerUser user) {
            return Optional.of(user);
        }
        if (principal instanceof TrackerUserDetails details) {
            return Optional.of(details.user());
        }
        return Optional.empty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
