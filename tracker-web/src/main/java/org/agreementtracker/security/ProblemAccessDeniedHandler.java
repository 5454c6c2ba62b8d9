package org.agreementtracker.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.agreementtracker.problem.ProblemResponder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** 403 as a problem, for refusals made by the filter chain (method security's refusals reach the advice directly). */
final class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemResponder problems;

    ProblemAccessDeniedHandler(ProblemResponder problems) {
        this.problems = problems;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        problems.respond(request, response, exception);
    }
}
