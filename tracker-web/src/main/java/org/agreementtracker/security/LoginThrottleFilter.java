package org.agreementtracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.agreementtracker.problem.ProblemResponder;
import org.agreementtracker.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Puts the {@link LoginThrottle} in front of every way to log in: HTTP Basic and bearer tokens on the API, the login
 * form of the pages. An attempt whose allowance is spent is answered 429 with {@code Retry-After} before Spring
 * Security checks anything (the API as a problem, the form as the login page saying how long to wait); an attempt
 * that Spring Security turns down (401, or the form sent back to {@code /login?error}) draws on its allowances.
 */
public class LoginThrottleFilter extends OncePerRequestFilter {

    /** Request attribute the login page reads: the seconds to wait before the next attempt. */
    public static final String WAIT_SECONDS = LoginThrottleFilter.class.getName() + ".waitSeconds";

    private static final String LOGIN_FORM = "/login";
    /** Where a throttled form is forwarded: the login page, saying how long to wait (not {@code /login} itself,
     * whose POST Spring Security would take as a login). */
    public static final String THROTTLED_FORM = "/login/throttled";

    private final LoginThrottle throttle;
    private final ProblemResponder problems;

    public LoginThrottleFilter(LoginThrottle throttle, ProblemResponder problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LoginThrottle.Attempt attempt = attemptOf(request);
        if (attempt == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Duration> wait = throttle.waitBefore(attempt);
        if (wait.isPresent()) {
            refuse(attempt, wait.get(), request, response);
            return;
        }
        RedirectSeen seen = new RedirectSeen(response);
        chain.doFilter(request, seen);
        boolean failed = attempt.method() == LoginThrottle.Method.FORM
                ? seen.location != null && seen.location.contains(LOGIN_FORM + "?error")
                : seen.getStatus() == HttpServletResponse.SC_UNAUTHORIZED;
        if (failed) {
            throttle.failed(attempt);
        }
    }

    /** The login the request attempts, or {@code null} when it carries no credentials. */
    private static LoginThrottle.Attempt attemptOf(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        if ("POST".equals(request.getMethod()) && LOGIN_FORM.equals(request.getServletPath())) {
            return new LoginThrottle.Attempt(LoginThrottle.Method.FORM, request.getParameter("username"), address);
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return null;
        }
        if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return new LoginThrottle.Attempt(LoginThrottle.Method.BASIC, basicUser(authorization.substring(6)),
                                             address);
        }
        if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return new LoginThrottle.Attempt(LoginThrottle.Method.BEARER, null, address);
        }
        return null;
    }

    private static String basicUser(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null; // Spring Security answers it; the address still counts
        }
    }

    private void refuse(LoginThrottle.Attempt attempt, Duration wait, HttpServletRequest request,
                        HttpServletResponse response) throws IOException, ServletException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (attempt.method() == LoginThrottle.Method.FORM) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            request.setAttribute(WAIT_SECONDS, seconds);
            request.getRequestDispatcher(THROTTLED_FORM).forward(request, response);
            return;
        }
        ErrorResponseException tooMany = new ErrorResponseException(
                HttpStatus.TOO_MANY_REQUESTS,
                Problems.of(HttpStatus.TOO_MANY_REQUESTS, null, null,
                            "Too many failed logins for this user name or from this address; try again in "
                                    + seconds + " s"),
                null);
        tooMany.getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problems.respond(request, response, tooMany);
    }

    /** The response, remembering where it redirects to: the form's failure is a redirect. */
    private static final class RedirectSeen extends HttpServletResponseWrapper {

        private String location;

        RedirectSeen(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            this.location = location;
            super.sendRedirect(location);
        }
    }
}
