package org.agreementtracker.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Optional;

/**
 * Slows a password guesser: each user name and each client address has an allowance of failed logins (a token
 * bucket) that every failure draws on and that grows back by one every {@code oneMoreEvery}; while either allowance
 * of an attempt is spent, the attempt is refused before any password is checked, and told how long to wait. The real
 * user of a name under attack waits no longer than that: success is never barred for more than one refill.
 * <p>
 * Kept in memory, per node, for as long as an allowance is not full again; a cluster of n nodes lets a guesser n
 * times the attempts, which still turns millions of guesses a day into a few thousand.
 */
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** A user name longer than this is not one of ours; it is throttled by its address only. */
    private static final int LONGEST_USER_NAME = 256;

    private final LoginThrottleProperties properties;
    private final Cache<String, Bucket> users;
    private final Cache<String, Bucket> addresses;
    private final MeterRegistry meters;

    public LoginThrottle(LoginThrottleProperties properties, MeterRegistry meters) {
        this.properties = properties;
        this.meters = meters;
        this.users = allowances(properties.failuresPerUser());
        this.addresses = allowances(properties.failuresPerAddress());
    }

    private Cache<String, Bucket> allowances(int failures) {
        // an allowance untouched for as long as it takes to fill up again is full: forgetting it changes nothing
        return Caffeine.newBuilder()
                       .expireAfterAccess(properties.oneMoreEvery().multipliedBy(Math.max(1, failures)))
                       .maximumSize(100_000)
                       .build();
    }

    /** How a user tried to log in, for the logs and the metrics. */
    public enum Method { BASIC, BEARER, FORM }

    /** A login attempt: the user name it claims (none for a bearer token) and where it came from. */
    public record Attempt(Method method, String user, String address) {

        public Attempt {
            if (user != null && (user.isEmpty() || user.length() > LONGEST_USER_NAME)) {
                user = null;
            }
        }
    }

    /** How long the attempt must wait before it may be tried, or empty when it may be tried now. */
    public Optional<Duration> waitBefore(Attempt attempt) {
        long nanos = Math.max(waitOf(users, attempt.user()), waitOf(addresses, attempt.address()));
        if (nanos <= 0) {
            return Optional.empty();
        }
        counter("tracker.logins.throttled", "Login attempts refused while their allowance was spent", attempt)
                .increment();
        return Optional.of(Duration.ofNanos(nanos));
    }

    /** Draws the failure on the attempt's allowances. */
    public void failed(Attempt attempt) {
        counter("tracker.logins.failed", "Failed login attempts", attempt).increment();
        log.warn("Failed {} login for user {} from {}", attempt.method(),
                 attempt.user() == null ? "(none given)" : attempt.user(), attempt.address());
        draw(users, attempt.user(), properties.failuresPerUser());
        draw(addresses, attempt.address(), properties.failuresPerAddress());
    }

    private long waitOf(Cache<String, Bucket> allowances, String key) {
        Bucket allowance = key == null ? null : allowances.getIfPresent(key);
        if (allowance == null) {
            return 0;
        }
        var probe = allowance.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? 0 : probe.getNanosToWaitForRefill();
    }

    private void draw(Cache<String, Bucket> allowances, String key, int failures) {
        if (key != null) {
            allowances.get(key, any -> Bucket.builder()
                                             .addLimit(Bandwidth.builder()
                                                                .capacity(failures)
                                                                .refillGreedy(1, properties.oneMoreEvery())
                                                                .build())
                                             .build())
                      .tryConsume(1);
        }
    }

    private Counter counter(String name, String description, Attempt attempt) {
        return Counter.builder(name).description(description)
                      .tag("method", attempt.method().name().toLowerCase())
                      .register(meters);
    }
}
