package org.agreementtracker.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;

/**
 * The problems (RFC 9457) the tracker answers with. Where the HTTP status says everything (404, 405, 415, ...) the
 * type is {@code about:blank}; where one status has several meanings for a client (409 above all) each meaning has its
 * own type, {@code urn:agreement-tracker:problem:<name>}, which clients may switch on. The URNs are names, not links.
 */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:agreement-tracker:problem:";

    /** RFC 9457's type for a problem that means no more than its HTTP status. */
    public static final URI ABOUT_BLANK = URI.create("about:blank");

    public static final URI INVALID_INPUT = type("invalid-input");
    public static final URI RULE_VIOLATION = type("rule-violation");
    public static final URI CONCURRENT_CHANGE = type("concurrent-change");
    public static final URI ALREADY_EXISTS = type("already-exists");
    public static final URI VERSION_MISMATCH = type("version-mismatch");
    public static final URI IDEMPOTENCY_KEY_REUSED = type("idempotency-key-reused");
    public static final URI REQUEST_IN_PROGRESS = type("request-in-progress");
    public static final URI UNREADABLE_HISTORY = type("unreadable-history");

    /** The property that lists what is wrong with an input. */
    public static final String ERRORS = "errors";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type == null ? ABOUT_BLANK : type);
        if (title != null) {
            problem.setTitle(title);
        }
        return problem;
    }

    /** Every problem states its {@code type} and {@code title}, even where RFC 9457 would let them be implied. */
    public static ProblemDetail complete(ProblemDetail problem) {
        if (problem.getType() == null) {
            problem.setType(ABOUT_BLANK);
        }
        if (problem.getTitle() != null) {
            problem.setTitle(problem.getTitle()); // the reason phrase Spring derives, written out
        }
        return problem;
    }

    /** 400: the input does not parse or does not validate; {@code errors} says where and why. */
    public static ProblemDetail invalidInput(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, INVALID_INPUT, "Invalid input", detail);
        problem.setProperty(ERRORS, List.copyOf(errors));
        return problem;
    }

    /** 409: a business rule refuses the request (signing an agreement twice, reporting on a cancelled milestone). */
    public static ProblemDetail ruleViolation(String detail) {
        return of(HttpStatus.CONFLICT, RULE_VIOLATION, "Refused by a business rule", detail);
    }

    /** 409: another change to the same thing won the race; reading it again and retrying is safe. */
    public static ProblemDetail concurrentChange(String detail) {
        return of(HttpStatus.CONFLICT, CONCURRENT_CHANGE, "Concurrent change", detail);
    }

    /** 409: what the request would create exists already. */
    public static ProblemDetail alreadyExists(String detail) {
        return of(HttpStatus.CONFLICT, ALREADY_EXISTS, "Already exists", detail);
    }

    /** 404: the resource named in the path is not there. */
    public static ProblemDetail notFound(String detail) {
        return of(HttpStatus.NOT_FOUND, null, null, detail);
    }

    /** 412: {@code If-Match} names a version that is not the current one. */
    public static ProblemDetail versionMismatch(String detail) {
        return of(HttpStatus.PRECONDITION_FAILED, VERSION_MISMATCH, "Version mismatch", detail);
    }

    private static URI type(String name) {
        return URI.create(TYPE_PREFIX + name);
    }
}
