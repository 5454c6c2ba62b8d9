package org.agreementtracker.security;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.util.Collection;

/** A user from configuration as Spring Security's HTTP Basic authentication needs it: the user and its password. */
final class TrackerUserDetails implements UserDetails, CredentialsContainer {

    private final TrackerUser user;
    private String password;

    TrackerUserDetails(TrackerUser user, String password) {
        this.user = user;
        this.password = password;
    }

    TrackerUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.authorities();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    /** Spring erases the password from the authenticated principal; the copy held by the user store is kept. */
    @Override
    public void eraseCredentials() {
        password = null;
    }

    @Override
    public String toString() {
        return "TrackerUserDetails[" + user + "]";
    }
}
