package org.agreementtracker.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.agreementtracker.problem.InvalidInputException;
import org.agreementtracker.problem.ProblemResponder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * {@code Idempotency-Key} on a POST: the first request with a key runs and its answer is kept; a repeat with the same
 * method, path and body gets that answer again (with {@code Idempotent-Replayed: true}) and runs nothing; the same key
 * with another request is refused with 422; a repeat while the first still runs gets 409 and {@code Retry-After}.
 * Keys are per user. The key is let go only for a request that recorded nothing (refused, or failed before its command
 * was accepted), so a repeat runs anew (after a 409 concurrency conflict, for example, retrying with the same key is
 * what a client should do); the answer of a request that recorded something is kept, whatever its status.
 * Runs after Spring Security, so it knows the user and never keeps a 401.
 */
public class IdempotencyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    /** Request attribute holding the key of the running request, for command metadata. */
    public static final String KEY_ATTRIBUTE = IdempotencyFilter.class.getName() + ".key";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final String CLAIM_ATTRIBUTE = IdempotencyFilter.class.getName() + ".claim";
    private static final String RECORDED_ATTRIBUTE = IdempotencyFilter.class.getName() + ".recorded";
    private static final int MAX_KEY_LENGTH = 255;
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG,
                                                             HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LANGUAGE,
                                                             HttpHeaders.LAST_MODIFIED, HttpHeaders.LINK);

    private final IdempotencyKeys keys;
    private final ProblemResponder problems;

    private record Claim(String user, String key) {
    }

    public IdempotencyFilter(IdempotencyKeys keys, ProblemResponder problems) {
        this.keys = keys;
        this.problems = problems;
    }

    /** The idempotency key of the request being handled, if it came with one. */
    public static Optional<String> keyOf(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(KEY_ATTRIBUTE));
    }

    /** Says that the request has recorded something: its key is kept whatever the answer turns out to be. */
    public static void markRecorded(HttpServletRequest request) {
        request.setAttribute(RECORDED_ATTRIBUTE, Boolean.TRUE);
    }

    private static boolean recordedSomething(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(RECORDED_ATTRIBUTE));
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false; // an asynchronous controller answers in a later dispatch; the answer is kept then
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isAsyncDispatch(request)) {
            chain.doFilter(request, response);
            Claim claim = (Claim) request.getAttribute(CLAIM_ATTRIBUTE);
            if (claim != null && !request.isAsyncStarted()) {
                finish(claim, request, response);
            }
            return;
        }
        String header = request.getHeader(HEADER);
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (header == null || !"POST".equals(request.getMethod()) || user == null || !user.isAuthenticated()
                || user instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        Claim claim;
        BufferedBodyRequest buffered;
        try {
            String key = parseKey(header);
            byte[] body = request.getInputStream().readAllBytes();
            Optional<RecordedAnswer> first = keys.claim(user.getName(), key, request.getMethod(), pathOf(request),
                                                        fingerprint(request, body));
            if (first.isPresent()) {
                replay(first.get(), response);
                return;
            }
            claim = new Claim(user.getName(), key);
            buffered = new BufferedBodyRequest(request, body);
        } catch (RuntimeException | IOException refused) {
            problems.respond(request, response, refused);
            return;
        }
        buffered.setAttribute(KEY_ATTRIBUTE, claim.key());
        buffered.setAttribute(CLAIM_ATTRIBUTE, claim);
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(buffered, captured);
        } catch (IOException | ServletException | RuntimeException | Error failure) {
            if (!recordedSomething(buffered)) {
                release(claim); // a key whose request recorded something stays claimed until it times out
            }
            throw failure;
        }
        if (!buffered.isAsyncStarted()) {
            finish(claim, buffered, captured);
        }
    }

    /** Keeps the answer if the request recorded something, else lets the key go; then sends it. */
    private void finish(Claim claim, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ContentCachingResponseWrapper captured = WebUtils.getNativeResponse(response,
                                                                            ContentCachingResponseWrapper.class);
        if (captured == null) {
            if (!recordedSomething(request)) {
                release(claim);
            }
            return;
        }
        if (captured.getStatus() < 400 || recordedSomething(request)) {
            try {
                keys.complete(claim.user(), claim.key(), recorded(captured));
            } catch (RuntimeException e) {
                // the client still gets its answer; a repeat gets 409 until the claim times out
                log.error("Could not keep the answer for Idempotency-Key {} of {}", claim.key(), claim.user(), e);
            }
        } else {
            release(claim);
        }
        captured.copyBodyToResponse();
    }

    private void release(Claim claim) {
        try {
            keys.release(claim.user(), claim.key());
        } catch (RuntimeException e) {
            log.error("Could not release Idempotency-Key {} of {}", claim.key(), claim.user(), e);
        }
    }

    private static RecordedAnswer recorded(ContentCachingResponseWrapper response) {
        List<RecordedAnswer.Header> headers = new ArrayList<>();
        for (String name : KEPT_HEADERS) {
            if (name.equals(HttpHeaders.CONTENT_TYPE)) {
                if (response.getContentType() != null) {
                    headers.add(new RecordedAnswer.Header(name, response.getContentType()));
                }
                continue;
            }
            for (String value : response.getHeaders(name)) {
                headers.add(new RecordedAnswer.Header(name, value));
            }
        }
        return new RecordedAnswer(response.getStatus(), headers, response.getContentAsByteArray());
    }

    private static void replay(RecordedAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        for (RecordedAnswer.Header header : answer.headers()) {
            if (header.name().equals(HttpHeaders.CONTENT_TYPE)) {
                response.setContentType(header.value());
            } else {
                response.addHeader(header.name(), header.value());
            }
        }
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    /** A key is up to 255 visible ASCII characters (a UUID, typically), bare or as a quoted structured-field string. */
    private static String parseKey(String header) {
        String key = header.trim();
        if (key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"")) {
            key = key.substring(1, key.length() - 1);
        }
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw new InvalidInputException(HEADER, "must be 1 to " + MAX_KEY_LENGTH
                    + " visible ASCII characters, such as a UUID");
        }
        return key;
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getQueryString() == null ? request.getRequestURI()
                : request.getRequestURI() + "?" + request.getQueryString();
    }

    /** SHA-256 of method, path and body: the same key for another request is told apart from a repeat. */
    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.getMethod() + " " + pathOf(request) + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(body);
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The request with its body already read, so that the controller reads it again. */
    private static final class BufferedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), encoding));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
