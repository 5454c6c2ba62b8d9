package org.agreementtracker.problem;

/**
 * One reason an input was refused, as the {@code errors} array of a problem lists them.
 *
 * @param field   where: a JSON path such as {@code signatories[0].name}, a query parameter or a header name;
 *                {@code null} when the problem concerns the whole input (e.g. JSON that does not parse)
 * @param message what is wrong, for a person: "must not be blank", "must be one of GREEN, AMBER, RED"
 */
public record FieldProblem(String field, String message) {
}
