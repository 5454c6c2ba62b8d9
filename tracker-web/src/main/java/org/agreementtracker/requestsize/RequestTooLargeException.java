package org.agreementtracker.requestsize;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

import java.io.IOException;

/**
 * The request body is over the limit. An {@link IOException}, so that it can leave the request's input stream in the
 * middle of any reader; it carries its own problem, 413.
 */
public class RequestTooLargeException extends IOException implements ErrorResponse {

    private final long limit;

    public RequestTooLargeException(long limit) {
        super("The request body is larger than the limit of " + limit + " bytes");
        this.limit = limit;
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return HttpStatus.CONTENT_TOO_LARGE;
    }

    @Override
    public ProblemDetail getBody() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(getStatusCode(), getMessage());
        problem.setProperty("limit", limit);
        return problem;
    }
}
