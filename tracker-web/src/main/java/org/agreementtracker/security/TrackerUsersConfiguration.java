package org.agreementtracker.security;

import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.api.classification.ClassificationScheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.StringUtils;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * Who the users are: those of {@code tracker.security.users}, checked at startup against the register of bodies;
 * demo users when none are configured and the embedded store runs; and how a bearer token's claims become a user.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityUsersProperties.class)
public class TrackerUsersConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TrackerUsersConfiguration.class);

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    public JwtTrackerUserConverter jwtTrackerUserConverter(
            BodyRegister register,
            @Value("${spring.security.oauth2.resourceserver.jwt.principal-claim-name:sub}") String principalClaim,
            ClassificationScheme scheme) {
        return new JwtTrackerUserConverter(register, principalClaim, scheme);
    }

    @Bean
    public TrackerUserStore trackerUserStore(SecurityUsersProperties properties, BodyRegister register,
                                             PasswordEncoder encoder, Environment environment,
                                             ClassificationScheme scheme) {
        List<SecurityUsersProperties.ConfiguredUser> users = new ArrayList<>(properties.users());
        boolean embeddedStore = !StringUtils.hasText(environment.getProperty("tracker.mongo.uri"));
        boolean demo = properties.demoUsers() != null ? properties.demoUsers() : embeddedStore;
        if (users.isEmpty() && demo) {
            var demoUsers = DemoUsers.generate(register, new SecureRandom());
            demoUsers.forEach(user -> users.add(user.entry()));
            log.warn(DemoUsers.describe(demoUsers));
        } else if (users.isEmpty()) {
            log.warn("No tracker.security.users are configured: only bearer tokens of an OpenID Connect issuer "
                             + "(spring.security.oauth2.resourceserver.jwt.issuer-uri) can authenticate");
        }
        TrackerUserStore store = TrackerUserStore.of(users, register, encoder, scheme);
        properties.users().stream()
                  .filter(user -> user.password() != null && user.password().startsWith("{noop}"))
                  .forEach(user -> log.warn("User {} has a {noop} password in plain text; use {bcrypt} beyond trials",
                                            user.username()));
        return store;
    }
}
