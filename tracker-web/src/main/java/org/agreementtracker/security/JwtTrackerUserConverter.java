package org.agreementtracker.security;

import org.agreementtracker.api.actor.Role;
import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.api.classification.ClassificationScheme;
import org.agreementtracker.api.classification.Clearance;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a tracker user from an OpenID Connect issuer's token: the principal claim ({@code sub} unless
 * {@code spring.security.oauth2.resourceserver.jwt.principal-claim-name} says otherwise), {@code roles} (a list, or
 * one string separated by spaces or commas; names the tracker does not know are ignored, as an issuer serves other
 * applications too), {@code side} and {@code body}, {@code clearance} (a level; the default level when absent) and
 * {@code compartments} (a list, or one string separated by spaces or commas). A token that gives no tracker role, or a MINISTRY role
 * without a side and a registered body of that side, is refused as an invalid token.
 */
public final class JwtTrackerUserConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String ROLES = "roles";
    public static final String SIDE = "side";
    public static final String BODY = "body";
    public static final String CLEARANCE = "clearance";
    public static final String COMPARTMENTS = "compartments";

    private final BodyRegister register;
    private final String principalClaim;
    private final ClassificationScheme scheme;

    public JwtTrackerUserConverter(BodyRegister register, String principalClaim, ClassificationScheme scheme) {
        this.register = register;
        this.scheme = scheme;
        this.principalClaim = principalClaim == null || principalClaim.isBlank() ? JwtClaimNames.SUB : principalClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String username = jwt.getClaimAsString(principalClaim);
        if (username == null || username.isBlank()) {
            throw new InvalidBearerTokenException("The token has no '" + principalClaim + "' claim");
        }
        Set<Role> roles = roles(jwt.getClaims().get(ROLES));
        if (roles.isEmpty()) {
            throw new InvalidBearerTokenException("The token gives no tracker role: claim '" + ROLES
                                                          + "' needs one of " + List.of(Role.values()));
        }
        String side = jwt.getClaimAsString(SIDE);
        String body = jwt.getClaimAsString(BODY);
        if (body != null && !body.isBlank()) {
            Optional<Body> registered = register.find(body.trim());
            if (registered.isEmpty()) {
                throw new InvalidBearerTokenException("The token's body " + body + " is not in the register");
            }
            if (side != null && !side.isBlank() && !registered.get().country().equals(side.trim())) {
                throw new InvalidBearerTokenException("The token's body " + body + " is not of side " + side);
            }
        }
        try {
            return new TrackerUserAuthentication(new TrackerUser(username, roles, side, body, clearance(jwt)), jwt);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidBearerTokenException(invalid.getMessage());
        }
    }

    private Clearance clearance(Jwt jwt) {
        String level = jwt.getClaimAsString(CLEARANCE);
        level = level == null || level.isBlank() ? scheme.defaultLevel() : level.strip().toUpperCase(Locale.ROOT);
        if (!scheme.knows(level)) {
            throw new InvalidBearerTokenException("The token's clearance " + level + " is not one of "
                                                          + scheme.levels());
        }
        Set<String> compartments = new HashSet<>();
        for (Object name : names(jwt.getClaims().get(COMPARTMENTS))) {
            String compartment = String.valueOf(name).strip().toUpperCase(Locale.ROOT);
            if (!scheme.compartments().contains(compartment)) {
                throw new InvalidBearerTokenException("The token's compartment " + compartment + " is not one of "
                                                              + scheme.compartments());
            }
            compartments.add(compartment);
        }
        return new Clearance(level, compartments, null);
    }

    /** A claim's names: a list, or one string separated by spaces or commas. */
    private static Collection<?> names(Object claim) {
        return claim instanceof Collection<?> list ? list
                : claim instanceof String text && !text.isBlank() ? List.of(text.strip().split("[\\s,]+"))
                : List.of();
    }

    private static Set<Role> roles(Object claim) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Collection<?> names = names(claim);
        for (Object name : names) {
            String normalized = String.valueOf(name).trim().toUpperCase(Locale.ROOT);
            if (normalized.startsWith(TrackerUser.AUTHORITY_PREFIX)) {
                normalized = normalized.substring(TrackerUser.AUTHORITY_PREFIX.length());
            }
            for (Role role : Role.values()) {
                if (role.name().equals(normalized)) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
