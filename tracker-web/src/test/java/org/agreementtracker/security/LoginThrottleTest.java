package org.agreementtracker.security;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The allowances of failed logins: per user name, per address, and how they grow back. */
class LoginThrottleTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottleProperties(3, 5, Duration.ofSeconds(30)), meters);

    private static LoginThrottle.Attempt basic(String user, String address) {
        return new LoginThrottle.Attempt(LoginThrottle.Method.BASIC, user, address);
    }

    @Test
    void aUserNameMayFailAsOftenAsItsAllowanceThenMustWait() {
        for (int failure = 0; failure < 3; failure++) {
            assertThat(throttle.waitBefore(basic("alice", "10.0.0." + failure))).isEmpty();
            throttle.failed(basic("alice", "10.0.0." + failure));
        }

        assertThat(throttle.waitBefore(basic("alice", "10.0.0.9"))).hasValueSatisfying(
                wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30)));
        assertThat(throttle.waitBefore(basic("bob", "10.0.0.9"))).as("another user from another address").isEmpty();
    }

    @Test
    void anAddressThatTriesManyUserNamesMustWaitToo() {
        for (int failure = 0; failure < 5; failure++) {
            throttle.failed(basic("user-" + failure, "192.0.2.7"));
        }

        assertThat(throttle.waitBefore(basic("someone-new", "192.0.2.7"))).isPresent();
        assertThat(throttle.waitBefore(new LoginThrottle.Attempt(LoginThrottle.Method.BEARER, null, "192.0.2.7")))
                .as("a bearer token from the same address").isPresent();
        assertThat(throttle.waitBefore(basic("someone-new", "192.0.2.8"))).isEmpty();
    }

    @Test
    void fewerFailuresThanTheAllowanceAreNotThrottled() {
        throttle.failed(basic("carol", "198.51.100.1"));
        throttle.failed(basic("carol", "198.51.100.1"));

        assertThat(throttle.waitBefore(basic("carol", "198.51.100.1"))).isEmpty();
    }

    @Test
    void failuresAndRefusalsAreCountedByMethod() {
        for (int failure = 0; failure < 3; failure++) {
            throttle.failed(new LoginThrottle.Attempt(LoginThrottle.Method.FORM, "dave", "203.0.113.5"));
        }
        throttle.waitBefore(new LoginThrottle.Attempt(LoginThrottle.Method.FORM, "dave", "203.0.113.5"));

        assertThat(meters.get("tracker.logins.failed").tag("method", "form").counter().count()).isEqualTo(3);
        assertThat(meters.get("tracker.logins.throttled").tag("method", "form").counter().count()).isEqualTo(1);
    }

    @Test
    void anAbsurdUserNameCountsAgainstItsAddressOnly() {
        var attempt = basic("x".repeat(10_000), "203.0.113.9");

        assertThat(attempt.user()).isNull();
    }
}
