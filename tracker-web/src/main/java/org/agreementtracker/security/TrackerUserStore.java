package org.agreementtracker.security;

import org.agreementtracker.api.actor.Role;
import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.api.classification.ClassificationScheme;
import org.agreementtracker.api.classification.Clearance;
import org.agreementtracker.configuration.InvalidConfigurationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The users from configuration, checked once at startup so that a mistake stops the tracker with a message naming
 * the user, rather than surfacing later as a login that always fails.
 */
public final class TrackerUserStore implements UserDetailsService {

    /** Spring's DelegatingPasswordEncoder format: the encoder's id in braces, then the encoded password. */
    private static final Pattern ENCODED_PASSWORD = Pattern.compile("^\\{[A-Za-z0-9_@.-]+}.+");
    /** A bcrypt hash mangled on its way into configuration (a "$" eaten by a shell) would never match. */
    private static final Pattern BCRYPT_HASH = Pattern.compile("^\\{bcrypt}\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}$");

    private final Map<String, StoredUser> users;

    private record StoredUser(TrackerUser user, String password) {
    }

    private TrackerUserStore(Map<String, StoredUser> users) {
        this.users = users;
    }

    /**
     * @throws InvalidConfigurationException naming the first user that is not valid
     */
    public static TrackerUserStore of(Collection<SecurityUsersProperties.ConfiguredUser> configured,
                                      BodyRegister register, PasswordEncoder encoder,
                                      ClassificationScheme scheme) {
        Map<String, StoredUser> users = new LinkedHashMap<>();
        int index = 0;
        for (SecurityUsersProperties.ConfiguredUser entry : configured) {
            String where = "tracker.security.users[" + index++ + "]";
            TrackerUser user = validUser(where, entry, register, scheme);
            checkPassword(where, entry, encoder);
            if (users.putIfAbsent(user.username(), new StoredUser(user, entry.password())) != null) {
                throw invalid(where + ": username " + user.username() + " is configured twice");
            }
        }
        return new TrackerUserStore(users);
    }

    private static TrackerUser validUser(String where, SecurityUsersProperties.ConfiguredUser entry,
                                         BodyRegister register, ClassificationScheme scheme) {
        if (entry.username() == null || entry.username().isBlank()) {
            throw invalid(where + ": username is missing");
        }
        if (entry.username().contains(":")) {
            throw invalid(where + ": username " + entry.username()
                                                    + " contains ':', which HTTP Basic cannot carry");
        }
        if (entry.roles().isEmpty()) {
            throw invalid(where + " (" + entry.username() + "): roles are missing; use one or more of "
                                                    + List.of(Role.values()));
        }
        boolean ministry = entry.roles().contains(Role.MINISTRY);
        boolean hasSide = entry.side() != null && !entry.side().isBlank();
        boolean hasBody = entry.body() != null && !entry.body().isBlank();
        if (ministry && (!hasSide || !hasBody)) {
            throw invalid(where + " (" + entry.username()
                                                    + "): a MINISTRY user needs both a side (country code) and a body "
                                                    + "(body id from the register, GET /api/v1/bodies)");
        }
        if (hasBody) {
            Optional<Body> body = register.find(entry.body().trim());
            if (body.isEmpty()) {
                throw invalid(where + " (" + entry.username() + "): body " + entry.body()
                                                        + " is not in the register; known bodies: "
                                                        + register.all().stream().map(Body::id).toList()
                                                        + " (add it under tracker.bodies)");
            }
            if (hasSide && !body.get().country().equals(entry.side().trim())) {
                throw invalid(where + " (" + entry.username() + "): body " + entry.body()
                                                        + " belongs to side " + body.get().country()
                                                        + ", not to side " + entry.side());
            }
        }
        String level = entry.clearance() == null || entry.clearance().isBlank() ? scheme.defaultLevel()
                : entry.clearance().strip();
        if (!scheme.knows(level)) {
            throw invalid(where + " (" + entry.username() + "): clearance " + level + " is not one of "
                                  + scheme.levels() + " (tracker.classification.levels)");
        }
        for (String compartment : entry.compartments()) {
            if (!scheme.compartments().contains(compartment)) {
                throw invalid(where + " (" + entry.username() + "): compartment " + compartment + " is not one of "
                                      + scheme.compartments() + " (tracker.classification.compartments)");
            }
        }
        return new TrackerUser(entry.username(), EnumSet.copyOf(entry.roles()), entry.side(), entry.body(),
                               new Clearance(level, Set.copyOf(entry.compartments()), entry.side()));
    }

    private static void checkPassword(String where, SecurityUsersProperties.ConfiguredUser entry,
                                      PasswordEncoder encoder) {
        String problem = where + " (" + entry.username() + "): password must be encoded as {bcrypt}<hash> "
                + "(or {noop}<plain text>, for trials only)";
        if (entry.password() == null || !ENCODED_PASSWORD.matcher(entry.password()).matches()) {
            throw invalid(problem);
        }
        if (entry.password().startsWith("{bcrypt}") && !BCRYPT_HASH.matcher(entry.password()).matches()) {
            throw invalid(problem + ": what follows {bcrypt} is not a bcrypt hash");
        }
        try {
            encoder.matches("probe", entry.password());
        } catch (IllegalArgumentException unknownEncoding) {
            throw invalid(problem + ": " + unknownEncoding.getMessage());
        }
    }

    private static InvalidConfigurationException invalid(String description) {
        return new InvalidConfigurationException(
                description, "Correct tracker.security.users (each: username, password as {bcrypt}<hash>, roles from "
                                     + List.of(Role.values()) + ", and side and body for MINISTRY); "
                                     + "GET /api/v1/bodies lists the bodies, tracker.bodies adds more.");
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        StoredUser stored = users.get(username);
        if (stored == null) {
            throw new UsernameNotFoundException("No such user");
        }
        // a fresh object each time: Spring erases the credentials of the one it authenticated
        return new TrackerUserDetails(stored.user(), stored.password());
    }

    public List<TrackerUser> users() {
        return users.values().stream().map(StoredUser::user).toList();
    }

    public boolean isEmpty() {
        return users.isEmpty();
    }
}
