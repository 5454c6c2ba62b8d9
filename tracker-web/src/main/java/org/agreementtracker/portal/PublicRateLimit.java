package org.agreementtracker.portal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.agreementtracker.problem.ProblemResponder;
import org.agreementtracker.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;

/**
 * Limits what one address may ask of the public portal: a token bucket per address (bucket4j) of
 * {@code tracker.public.requests-per-minute}, refilled evenly over the minute. Past it, 429 with {@code Retry-After}.
 * The portal needs no login, so this is what keeps one client from taking the tracker's time from everyone else.
 */
public class PublicRateLimit extends OncePerRequestFilter {

    private final ProblemResponder problems;
    private final int perMinute;
    private final Cache<String, Bucket> addresses = Caffeine.newBuilder()
                                                            .maximumSize(100_000)
                                                            .expireAfterAccess(Duration.ofMinutes(10))
                                                            .build();

    public PublicRateLimit(ProblemResponder problems, int perMinute) {
        this.problems = problems;
        this.perMinute = perMinute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Bucket bucket = addresses.get(request.getRemoteAddr(), any -> Bucket.builder().addLimit(
                Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                                                                               .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        ErrorResponseException tooMany = new ErrorResponseException(
                HttpStatus.TOO_MANY_REQUESTS,
                Problems.of(HttpStatus.TOO_MANY_REQUESTS, null, null,
                            "Too many requests of the public portal from this address; try again in " + seconds
                                    + " s"),
                null);
        tooMany.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problems.respond(request, response, tooMany);
    }
}
