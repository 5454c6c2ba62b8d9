package org.agreementtracker.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How failed logins are throttled ({@code tracker.security.login-throttle}).
 *
 * @param failuresPerUser    failed logins one user name may have in a row before it must wait
 * @param failuresPerAddress failed logins from one address, whatever the user names, before it must wait
 * @param oneMoreEvery       how soon, after that, one more attempt is allowed (of each allowance)
 */
@ConfigurationProperties("tracker.security.login-throttle")
public record LoginThrottleProperties(@DefaultValue("5") int failuresPerUser,
                                      @DefaultValue("20") int failuresPerAddress,
                                      @DefaultValue("30s") Duration oneMoreEvery) {
}
