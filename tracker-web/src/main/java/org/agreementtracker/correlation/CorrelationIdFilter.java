package org.agreementtracker.correlation;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One correlation id per request: the client's {@value #HEADER} when it sends a usable one, else a new UUID. It is
 * answered in the same header, put in the log context (MDC key {@value #MDC_KEY}) and on every command the request
 * sends, so that the events it caused, the log lines it wrote and the client's own records can be matched.
 */
public class CorrelationIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Correlation-Id";
    public static final String MDC_KEY = "correlationId";
    private static final String ATTRIBUTE = CorrelationIdFilter.class.getName() + ".id";
    private static final Pattern USABLE = Pattern.compile("[\\x21-\\x7e]{1,100}");

    /** The correlation id of the request being handled. */
    public static Optional<String> of(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(ATTRIBUTE));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String sent = request.getHeader(HEADER);
        // an unusable id (too long, control characters) is replaced rather than refused: it only serves tracing
        String id = sent != null && USABLE.matcher(sent.trim()).matches() ? sent.trim() : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }
}
