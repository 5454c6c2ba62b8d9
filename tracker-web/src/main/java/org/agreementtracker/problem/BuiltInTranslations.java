package org.agreementtracker.problem;

import jakarta.validation.ConstraintViolationException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;

import java.util.List;
import java.util.Optional;

/** The translations the tracker knows without being told: its own exceptions, Axon's, Spring Security's. */
final class BuiltInTranslations {

    private BuiltInTranslations() {
    }

    static List<ProblemTranslator> all() {
        return List.of(
                ProblemTranslator.forType(InvalidInputException.class, e -> Problems.invalidInput(
                        "The request is not valid", e.errors())),
                ProblemTranslator.forType(ConstraintViolationException.class, e -> Problems.invalidInput(
                        "The request is not valid", InputProblems.of(e.getConstraintViolations()))),
                ProblemTranslator.forType(JSR303ViolationException.class, e -> Problems.invalidInput(
                        "The request is not valid", InputProblems.of(e.getViolations()))),
                // a form body (or a query string, where StrictRequestFilter has not seen it) that does not decode
                ProblemTranslator.forType(InvalidParameterException.class, e -> Problems.invalidInput(
                        "The request is not valid", List.of(new FieldProblem(null,
                                "holds a parameter that is not percent-encoded UTF-8")))),
                // Spring Security's firewall: a path or parameter name it will not pass on (control characters, ..)
                ProblemTranslator.forType(RequestRejectedException.class, e -> Problems.invalidInput(
                        "The request is not valid", List.of(new FieldProblem(null,
                                "holds characters the tracker does not accept in a path or a parameter name")))),
                ProblemTranslator.forType(ResourceNotFoundException.class, e -> Problems.notFound(e.getMessage())),
                ProblemTranslator.forType(AggregateNotFoundException.class, e -> Problems.notFound(
                        "Nothing with id " + e.getAggregateIdentifier() + " exists")),
                ProblemTranslator.forType(PreconditionFailedException.class,
                                          e -> Problems.versionMismatch(e.getMessage())),
                // only an If-Match header sets an expected version, so a mismatch is that precondition failing
                ProblemTranslator.forType(ConflictingAggregateVersionException.class, e -> Problems.versionMismatch(
                        "If-Match names version " + e.getExpectedVersion() + " but " + e.getAggregateIdentifier()
                                + " is at version " + e.getActualVersion())),
                ProblemTranslator.forType(ConflictingModificationException.class, e -> Problems.concurrentChange(
                        "Another change to the same record was made first; read it again and retry")),
                ProblemTranslator.forType(ConcurrencyException.class, e -> Problems.concurrentChange(
                        "Another change to the same record was made first; read it again and retry")),
                ProblemTranslator.forType(AggregateStreamCreationException.class, e -> Problems.alreadyExists(
                        "A record with this id exists already")),
                ProblemTranslator.forType(AuthenticationException.class, e -> Problems.of(
                        HttpStatus.UNAUTHORIZED, null, null, e.getMessage())),
                ProblemTranslator.forType(AccessDeniedException.class, BuiltInTranslations::forbidden),
                // any exception that carries its own problem, such as Spring's ResponseStatusException
                e -> e instanceof ErrorResponse response ? Optional.of(response.getBody()) : Optional.empty()
        );
    }

    private static ProblemDetail forbidden(AccessDeniedException e) {
        // Spring's own message says nothing; a controller's own refusal (another body's milestone) says why
        String detail = e.getMessage() == null || e.getMessage().equals("Access Denied")
                ? "The user's role does not allow this request"
                : e.getMessage();
        return Problems.of(HttpStatus.FORBIDDEN, null, null, detail);
    }
}
