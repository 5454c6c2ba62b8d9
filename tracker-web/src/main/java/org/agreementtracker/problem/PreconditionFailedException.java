package org.agreementtracker.problem;

/** Thrown when {@code If-Match} names another version than the resource's current one: answered 412. */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String message) {
        super(message);
    }
}
