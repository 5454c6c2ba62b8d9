package org.agreementtracker.input;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Digits;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A measured quantity (an indicator's target, baseline or value): at most {@value #WHOLE_DIGITS} digits before the
 * decimal point and {@value #FRACTION_DIGITS} after it, which every read model stores and sums exactly (a MongoDB
 * Decimal128 holds 34). {@code 1e400} or twenty digits are refused, not rounded.
 */
@Documented
@Digits(integer = Quantity.WHOLE_DIGITS, fraction = Quantity.FRACTION_DIGITS)
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Quantity {

    int WHOLE_DIGITS = 15;
    int FRACTION_DIGITS = 6;
    /** For the API's documentation of each such field. */
    String RANGE = "at most 15 digits before the decimal point and 6 after it";

    String message() default "must be a number of " + RANGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
