package org.agreementtracker.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Lets a servlet filter (security, size limit, idempotency) answer an exception exactly as a controller would: it
 * hands the exception to Spring MVC's exception resolvers, hence to {@link ProblemAdvice}.
 */
@Component
public class ProblemResponder {

    private final ObjectProvider<HandlerExceptionResolver> resolver;

    /** Looked up on first use: filters are built before Spring MVC's infrastructure. */
    public ProblemResponder(@Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> resolver) {
        this.resolver = resolver;
    }

    public void respond(HttpServletRequest request, HttpServletResponse response, Exception exception)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        if (resolver.getObject().resolveException(request, response, null, exception) == null
                && !response.isCommitted()) {
            // not expected: the advice answers every exception; still, never an empty answer
            response.resetBuffer();
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getOutputStream().write(
                    "{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500}"
                            .getBytes(StandardCharsets.UTF_8));
        }
    }
}
