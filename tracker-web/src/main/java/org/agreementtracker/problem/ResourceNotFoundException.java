package org.agreementtracker.problem;

/** Thrown by a controller when the resource its path names does not exist: answered 404. */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String what, Object id) {
        super(what + " " + id + " does not exist");
    }
}
