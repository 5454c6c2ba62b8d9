package org.agreementtracker.security;

import org.agreementtracker.api.actor.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Users from configuration: {@code tracker.security.users[i]}.
 *
 * @param users     each with {@code username}, {@code password} ({@code {bcrypt}...} or {@code {noop}...}),
 *                  {@code roles[]}, and {@code side} and {@code body} (required for MINISTRY)
 * @param demoUsers whether to generate demo users with random passwords when no user is configured; unset means
 *                  "when the embedded store runs" (no {@code tracker.mongo.uri})
 */
@ConfigurationProperties("tracker.security")
public record SecurityUsersProperties(List<ConfiguredUser> users, Boolean demoUsers) {

    public SecurityUsersProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record ConfiguredUser(String username, String password, List<Role> roles, String side, String body) {

        public ConfiguredUser {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        /** Hides the password from logs and startup failure messages. */
        @Override
        public String toString() {
            return "ConfiguredUser[username=" + username + ", roles=" + roles + ", side=" + side + ", body=" + body
                    + "]";
        }
    }
}
