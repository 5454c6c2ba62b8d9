package org.agreementtracker.idempotency;

import org.agreementtracker.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** 422: the key was first sent with another request (another body, method or path). */
public class IdempotencyKeyReusedException extends ErrorResponseException {

    public IdempotencyKeyReusedException(String key) {
        super(HttpStatus.UNPROCESSABLE_CONTENT,
              Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, Problems.IDEMPOTENCY_KEY_REUSED, "Idempotency key reused",
                          "Idempotency-Key " + key + " was first used for a different request; "
                                  + "use a new key for a new request"),
              null);
    }
}
