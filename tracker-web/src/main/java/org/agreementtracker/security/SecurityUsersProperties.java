package org.agreementtracker.security;

import org.agreementtracker.api.actor.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Users from configuration: {@code tracker.security.users[i]}.
 *
 * @param users     each with {@code username}, {@code password} ({@code {bcrypt}...} or {@code {noop}...}),
 *                  {@code roles[]}, {@code side} and {@code body} (required for MINISTRY), {@code clearance} (a
 *                  level; default {@code tracker.classification.default-level}) and {@code compartments[]} granted
 * @param demoUsers whether to generate demo users with random passwords when no user is configured; unset means
 *                  "when the embedded store runs" (no {@code tracker.mongo.uri})
 */
@ConfigurationProperties("tracker.security")
public record SecurityUsersProperties(List<ConfiguredUser> users, Boolean demoUsers) {

    public SecurityUsersProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record ConfiguredUser(String username, String password, List<Role> roles, String side, String body,
                                 String clearance, List<String> compartments) {

        public ConfiguredUser {
            roles = roles == null ? List.of() : List.copyOf(roles);
            compartments = compartments == null ? List.of() : List.copyOf(compartments);
        }

        /** Hides the password from logs and startup failure messages. */
        @Override
        public String toString() {
            return "ConfiguredUser[username=" + username + ", roles=" + roles + ", side=" + side + ", body=" + body
                    + ", clearance=" + clearance + ", compartments=" + compartments + "]";
        }
    }
}
