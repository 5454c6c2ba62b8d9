package org.agreementtracker.input;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.agreementtracker.problem.InvalidInputException;
import org.agreementtracker.problem.ProblemResponder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * Refuses, before anything handles it, a request the tracker could only misread or answer after the fact:
 * <ul>
 *     <li>a query string that is not percent-encoded UTF-8, or whose names or values hold control characters
 *     (NUL among them): 400 naming the parameter;</li>
 *     <li>a {@code Content-Type} that is not one media type ({@code *}{@code /*}, {@code application/*}), or a write
 *     to the API whose body is not JSON: 415;</li>
 *     <li>a write to the API whose {@code Accept} admits no JSON, the only type its answer comes in: 406, so that
 *     nothing is recorded for a client that would not take the answer.</li>
 * </ul>
 */
public class StrictRequestFilter extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final List<MediaType> ANSWERED_IN = List.of(MediaType.APPLICATION_JSON);

    private final ProblemResponder problems;

    public StrictRequestFilter(ProblemResponder problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            checkQuery(request.getQueryString());
            MediaType contentType = checkContentType(request.getHeader(HttpHeaders.CONTENT_TYPE));
            if (request.getRequestURI().startsWith("/api/") && WRITES.contains(request.getMethod())) {
                checkJsonBody(contentType);
                checkAcceptsJson(request.getHeader(HttpHeaders.ACCEPT));
            }
        } catch (InvalidInputException | HttpMediaTypeNotSupportedException e) {
            problems.respond(request, response, e);
            return;
        } catch (HttpMediaTypeNotAcceptableException e) {
            // the problem goes out as problem JSON whatever the Accept it could not satisfy
            problems.respond(new IgnoringAccept(request), response, e);
            return;
        }
        chain.doFilter(request, response);
    }

    static void checkQuery(String query) {
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decoded(rawName, rawName);
            decoded(equals < 0 ? "" : pair.substring(equals + 1), name);
        }
    }

    /** The percent-decoded text; {@code field} names the parameter in the refusal. */
    private static String decoded(String raw, String field) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || !HexFormat.isHexDigit(raw.charAt(i + 1))
                        || !HexFormat.isHexDigit(raw.charAt(i + 2))) {
                    throw refused(field, "is not percent-encoded: % must be followed by two hexadecimal digits");
                }
                bytes.write(HexFormat.fromHexDigits(raw, i + 1, i + 3));
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c > 0x7f) {
                throw refused(field, "is not percent-encoded");
            } else {
                bytes.write(c);
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                                         .onMalformedInput(CodingErrorAction.REPORT)
                                         .onUnmappableCharacter(CodingErrorAction.REPORT)
                                         .decode(ByteBuffer.wrap(bytes.toByteArray()))
                                         .toString();
        } catch (CharacterCodingException e) {
            throw refused(field, "is not UTF-8 once percent-decoded");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw refused(field, "must not contain control characters");
        }
        return text;
    }

    private static InvalidInputException refused(String field, String message) {
        // a name that does not decode is shown as sent, less anything unprintable
        return new InvalidInputException(field.codePoints().allMatch(c -> c >= 0x20 && c < 0x7f) ? field : null,
                                         message);
    }

    private static MediaType checkContentType(String contentType) throws HttpMediaTypeNotSupportedException {
        if (contentType == null) {
            return null;
        }
        MediaType type;
        try {
            type = MediaType.parseMediaType(contentType);
        } catch (InvalidMediaTypeException e) {
            throw unsupported("Content-Type is not a media type; a JSON body is application/json");
        }
        if (type.isWildcardType() || type.isWildcardSubtype()) {
            throw unsupported("Content-Type must name the body's media type, such as application/json, not "
                                      + contentType);
        }
        return type;
    }

    /** The API reads JSON only; a form's body would otherwise be parsed as parameters before it is refused. */
    private static void checkJsonBody(MediaType contentType) throws HttpMediaTypeNotSupportedException {
        if (contentType != null && !contentType.isCompatibleWith(MediaType.APPLICATION_JSON)
                && !"json".equals(contentType.getSubtypeSuffix())) {
            throw unsupported("The API reads JSON bodies (Content-Type: application/json), not " + contentType);
        }
    }

    private static HttpMediaTypeNotSupportedException unsupported(String detail) {
        HttpMediaTypeNotSupportedException unsupported = new HttpMediaTypeNotSupportedException(detail);
        unsupported.getBody().setDetail(detail);
        return unsupported;
    }

    private static void checkAcceptsJson(String accept) throws HttpMediaTypeNotAcceptableException {
        if (accept == null || accept.isBlank()) {
            return;
        }
        List<MediaType> acceptable;
        try {
            acceptable = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException(ANSWERED_IN);
        }
        boolean json = acceptable.stream().anyMatch(type -> type.getQualityValue() > 0
                && ANSWERED_IN.stream().anyMatch(type::isCompatibleWith));
        if (!json) {
            throw new HttpMediaTypeNotAcceptableException(ANSWERED_IN);
        }
    }

    /** The request as if it had no {@code Accept}: for answering that its {@code Accept} cannot be met. */
    private static final class IgnoringAccept extends HttpServletRequestWrapper {

        IgnoringAccept(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
        }
    }
}
