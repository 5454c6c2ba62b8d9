package org.agreementtracker.problem;

import java.util.List;

/**
 * Thrown by a controller for input Bean Validation cannot judge (a header's syntax, a combination of fields):
 * answered 400 with these errors.
 */
public class InvalidInputException extends RuntimeException {

    private final List<FieldProblem> errors;

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public InvalidInputException(List<FieldProblem> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
