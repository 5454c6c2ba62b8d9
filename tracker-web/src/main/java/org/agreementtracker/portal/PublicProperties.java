package org.agreementtracker.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.http.CacheControl;

import java.time.Duration;

/**
 * {@code tracker.public.*}: how many requests one address may make of the public portal per minute (default 120),
 * and for how long a browser or proxy may keep what it answered (default 60s).
 */
@ConfigurationProperties("tracker.public")
public record PublicProperties(Integer requestsPerMinute, Duration cacheFor) {

    public PublicProperties {
        requestsPerMinute = requestsPerMinute == null ? 120 : requestsPerMinute;
        cacheFor = cacheFor == null ? Duration.ofSeconds(60) : cacheFor;
    }

    /** How the portal's answers, pages and feed alike, may be kept: by anyone, for {@code cacheFor}. */
    public CacheControl cacheControl() {
        return CacheControl.maxAge(cacheFor).cachePublic();
    }
}
