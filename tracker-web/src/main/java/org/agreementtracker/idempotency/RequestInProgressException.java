package org.agreementtracker.idempotency;

import org.agreementtracker.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** 409: the first request with this key is still being handled; the client retries after a moment. */
public class RequestInProgressException extends ErrorResponseException {

    public RequestInProgressException(String key) {
        super(HttpStatus.CONFLICT,
              Problems.of(HttpStatus.CONFLICT, Problems.REQUEST_IN_PROGRESS, "Request in progress",
                          "A request with Idempotency-Key " + key + " is still being handled; retry in a moment "
                                  + "to receive its answer"),
              null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
    }
}
