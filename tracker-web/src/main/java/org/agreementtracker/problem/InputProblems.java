package org.agreementtracker.problem;

import jakarta.validation.ConstraintViolation;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.PropertyBindingException;
import tools.jackson.databind.exc.ValueInstantiationException;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Says, for a person, what is wrong with an input: where (a JSON path such as {@code signatories[0].name}, a
 * parameter name) and why, in words rather than Java type names.
 */
public final class InputProblems {

    private static final Pattern MISSING_CREATOR_PROPERTY = Pattern.compile("Missing required creator property '([^']+)'");
    private static final Pattern DUPLICATE_PROPERTY = Pattern.compile("Duplicate Object property \"([^\"]*)\"");

    private InputProblems() {
    }

    static List<FieldProblem> of(BindingResult result) {
        return result.getAllErrors().stream().map(InputProblems::of).toList();
    }

    static FieldProblem of(ObjectError error) {
        String field = error instanceof FieldError fieldError ? fieldError.getField() : null;
        return new FieldProblem(field, error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage());
    }

    static List<FieldProblem> of(Collection<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                         .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                         .sorted(java.util.Comparator.comparing(FieldProblem::field,
                                                                java.util.Comparator.nullsFirst(String::compareTo)))
                         .toList();
    }

    /**
     * What Jackson could not read in a JSON body, in the tracker's words: the JSON library's own messages name its
     * settings and classes, which mean nothing to a client.
     */
    public static FieldProblem of(JacksonException exception) {
        String path = path(exception);
        if (path == null && exception instanceof StreamReadException unreadable && unreadable.processor() != null) {
            // broken within a value (NaN, a cut string): the parser knows which field it was reading
            path = path(unreadable.processor().streamReadContext());
        }
        String said = String.valueOf(exception.getOriginalMessage());
        if (exception instanceof InputCoercionException) {
            // a number too large for its field: valid JSON, the wrong value
            return new FieldProblem(path, "is too large a number for this field");
        }
        if (exception instanceof StreamReadException) {
            Matcher twice = DUPLICATE_PROPERTY.matcher(said);
            if (twice.find()) {
                return new FieldProblem(path == null ? twice.group(1) : path + "." + twice.group(1),
                                        "is given twice");
            }
            if (exception instanceof UnexpectedEndOfInputException) {
                return new FieldProblem(path, "is not valid JSON: it ends too soon" + where(exception));
            }
            if (said.startsWith("Non-standard token")) {
                return new FieldProblem(path, "is not valid JSON: NaN and Infinity are not numbers" + where(exception));
            }
            return new FieldProblem(path, "is not valid JSON" + where(exception));
        }
        if (exception instanceof PropertyBindingException) {
            return new FieldProblem(path, "is not a known field");
        }
        if (exception instanceof ValueInstantiationException) {
            Throwable cause = exception.getCause();
            String reason = cause != null && cause.getMessage() != null ? cause.getMessage() : "is not valid";
            return new FieldProblem(path, reason);
        }
        if (exception instanceof InvalidNullException) {
            return new FieldProblem(path, "must not be null");
        }
        if (exception instanceof InvalidFormatException invalid) {
            return new FieldProblem(path, expected(invalid.getTargetType()));
        }
        if (exception instanceof MismatchedInputException mismatched) {
            Matcher missing = MISSING_CREATOR_PROPERTY.matcher(said);
            if (missing.find()) {
                return new FieldProblem(path == null ? missing.group(1) : path + "." + missing.group(1),
                                        "is required");
            }
            if (said.startsWith("Trailing token")) {
                return new FieldProblem(path, "holds more after the JSON value" + where(exception));
            }
            if (mismatched.getCurrentToken() == JsonToken.VALUE_NULL) {
                return new FieldProblem(path, "must not be null");
            }
            return new FieldProblem(path, expected(mismatched.getTargetType()));
        }
        return new FieldProblem(path, "could not be read");
    }

    /** "must be one of A, B, C", "must be a date such as 2025-04-11", ... */
    static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants())
                                             .map(constant -> ((Enum<?>) constant).name())
                                             .collect(Collectors.joining(", "));
        }
        if (type == LocalDate.class) {
            return "must be a date such as 2025-04-11";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == LocalDateTime.class) {
            return "must be an instant such as 2025-04-11T10:15:30Z";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            return "must be a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class || Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "must be a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.isPrimitive()) {
            return "must be an object";
        }
        return "has the wrong type";
    }

    /** {@code signatories[0].name}, or null for the document itself. */
    private static String path(JacksonException exception) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    /** {@code evidence[0].url}, or null at the top of the document. */
    private static String path(TokenStreamContext context) {
        List<String> steps = new ArrayList<>();
        for (TokenStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject() && at.currentName() != null) {
                steps.add(0, "." + at.currentName());
            } else if (at.inArray()) {
                steps.add(0, "[" + Math.max(0, at.getCurrentIndex()) + "]");
            }
        }
        String path = String.join("", steps);
        return path.isEmpty() ? null : path.startsWith(".") ? path.substring(1) : path;
    }

    private static String where(JacksonException exception) {
        TokenStreamLocation location = exception.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
