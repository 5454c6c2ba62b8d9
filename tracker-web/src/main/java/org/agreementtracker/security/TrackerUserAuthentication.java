package org.agreementtracker.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** A bearer token's authentication, whose principal is the {@link TrackerUser} its claims describe. */
final class TrackerUserAuthentication extends AbstractAuthenticationToken {

    private final TrackerUser user;
    private final Jwt token;

    TrackerUserAuthentication(TrackerUser user, Jwt token) {
        super(user.authorities());
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public TrackerUser getPrincipal() {
        return user;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return user.username();
    }
}
