package org.agreementtracker.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Every error the tracker answers, as an RFC 9457 problem: Spring MVC's own exceptions (through
 * {@link ResponseEntityExceptionHandler}), invalid input with its {@code errors}, and any other exception through the
 * {@link ProblemTranslators}. What nobody translates is a 500 whose detail names a logged incident, never a stack
 * trace. Filters answer through the same code via {@link ProblemResponder}.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);
    private static final String INVALID = "The request is not valid";

    private final ProblemTranslators translators;

    public ProblemAdvice(ProblemTranslators translators) {
        this.translators = translators;
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> handleAnyOther(Exception exception, WebRequest request) {
        if (isClientGone(exception)) {
            return null;
        }
        var translation = translators.translate(exception);
        if (translation.isPresent()) {
            ProblemDetail problem = translation.get().problem();
            HttpHeaders headers = new HttpHeaders();
            if (translation.get().source() instanceof ErrorResponse response) {
                headers.addAll(response.getHeaders());
            }
            log.debug("{} answered {}: {}", describe(request), problem.getStatus(), exception.toString());
            return handleExceptionInternal(exception, problem, headers, HttpStatusCode.valueOf(problem.getStatus()),
                                           request);
        }
        String incident = UUID.randomUUID().toString();
        log.error("Incident {}: {} failed", incident, describe(request), exception);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, null, null,
                                            "The tracker failed to handle this request; the incident is logged as "
                                                    + incident);
        problem.setProperty("incident", incident);
        return handleExceptionInternal(exception, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR,
                                       request);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return invalid(ex, InputProblems.of(ex.getBindingResult()), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
                                                                            HttpHeaders headers,
                                                                            HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (ParameterValidationResult result : ex.getParameterValidationResults()) {
            if (result instanceof ParameterErrors parameterErrors) {
                parameterErrors.getAllErrors().forEach(error -> errors.add(InputProblems.of(error)));
            } else {
                String field = field(result);
                result.getResolvableErrors().forEach(error -> errors.add(new FieldProblem(
                        field, error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage())));
            }
        }
        ex.getCrossParameterValidationResults().forEach(
                error -> errors.add(new FieldProblem(null, error.getDefaultMessage())));
        return invalid(ex, errors, headers, request);
    }

    /** A parameter's name, or for a JSON body the element's position ({@code [1]}), or null for the whole body. */
    private static String field(ParameterValidationResult result) {
        boolean body = result.getMethodParameter().hasParameterAnnotation(RequestBody.class);
        String field = body ? "" : String.valueOf(result.getMethodParameter().getParameterName());
        if (result.getContainerIndex() != null) {
            field += "[" + result.getContainerIndex() + "]";
        } else if (result.getContainerKey() != null) {
            field += (field.isEmpty() ? "" : ".") + result.getContainerKey();
        }
        return field.isEmpty() ? null : field;
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        // a body cut short by the size limit arrives here, wrapped by the JSON reader
        ErrorResponse carried = findCause(ex, ErrorResponse.class);
        if (carried != null) {
            return handleExceptionInternal(ex, carried.getBody(), carried.getHeaders(), carried.getStatusCode(),
                                           request);
        }
        JacksonException json = findCause(ex, JacksonException.class);
        FieldProblem error = json != null
                ? InputProblems.of(json)
                : new FieldProblem(null, "a JSON body is required");
        return invalid(ex, List.of(error), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        String field = ex instanceof MethodArgumentTypeMismatchException mismatch ? mismatch.getName()
                : ex.getPropertyName();
        return invalid(ex, List.of(new FieldProblem(field, InputProblems.expected(ex.getRequiredType()))), headers,
                       request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers,
                                                                          HttpStatusCode status,
                                                                          WebRequest request) {
        return invalid(ex, List.of(new FieldProblem(ex.getParameterName(), "is required")), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
                                                                          HttpHeaders headers,
                                                                          HttpStatusCode status,
                                                                          WebRequest request) {
        if (ex instanceof MissingRequestHeaderException missing) {
            return invalid(ex, List.of(new FieldProblem(missing.getHeaderName(), "is required")), headers, request);
        }
        return invalid(ex, List.of(new FieldProblem(null, "could not be read")), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return notFound(ex, headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException ex, HttpHeaders headers,
                                                                   HttpStatusCode status, WebRequest request) {
        return notFound(ex, headers, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            Problems.complete(problem);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<Object> notFound(Exception ex, HttpHeaders headers, WebRequest request) {
        String path = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "";
        return handleExceptionInternal(ex, Problems.notFound("There is nothing at " + path), headers,
                                       HttpStatus.NOT_FOUND, request);
    }

    private ResponseEntity<Object> invalid(Exception ex, List<FieldProblem> errors, HttpHeaders headers,
                                           WebRequest request) {
        log.debug("{} is not valid: {}", describe(request), errors);
        return handleExceptionInternal(ex, Problems.invalidInput(INVALID, errors), headers, HttpStatus.BAD_REQUEST,
                                       request);
    }

    private static <T> T findCause(Throwable exception, Class<T> type) {
        return causes(exception).filter(type::isInstance).map(type::cast).findFirst().orElse(null);
    }

    /** The client hung up: there is nobody to answer. */
    private static boolean isClientGone(Throwable exception) {
        return causes(exception).anyMatch(cause -> cause.getClass().getSimpleName().equals("ClientAbortException"));
    }

    /** The exception and its causes, outermost first. */
    private static Stream<Throwable> causes(Throwable exception) {
        return Stream.iterate(exception, Objects::nonNull,
                              current -> current.getCause() == current ? null : current.getCause());
    }

    private static String describe(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            return servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI();
        }
        return request.getDescription(false);
    }
}
