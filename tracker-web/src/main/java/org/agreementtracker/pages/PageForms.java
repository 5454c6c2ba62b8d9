package org.agreementtracker.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.problem.ProblemTranslators;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How a page's form is checked and sent, the same for every form: the request is checked as the API checks its own
 * (the same record, the same constraints), every error at once, each in place of its field; then the command goes
 * to its aggregate as the API's does, and a refusal is shown in place of the field it names, or above the form.
 * A refusal of who the user is (403) is not a form error: the page of that error answers, with no form to retry.
 */
@Component
public class PageForms {

    private final Validator validator;
    private final ProblemTranslators translators;
    private final MessageSource messages;

    public PageForms(Validator validator, ProblemTranslators translators, MessageSource messages) {
        this.validator = validator;
        this.translators = translators;
        this.messages = messages;
    }

    /**
     * Whether {@code request} (the API's request the form stands for) is valid; each violation is put on the form's
     * field for its property path ({@code fieldOf}; {@code null}: above the form), in the page's own words where
     * {@code <form>.<field>.<Constraint>} has some, else the API's.
     */
    public boolean valid(Object request, String form, BindingResult errors, UnaryOperator<String> fieldOf,
                         Locale locale, HttpServletResponse response) {
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            String field = fieldOf.apply(violation.getPropertyPath().toString());
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            String message = messages.getMessage(form + "." + field + "." + constraint, null, violation.getMessage(),
                                                 locale);
            reject(errors, field, message);
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return false;
        }
        return true;
    }

    /** Sends the write; whether it was recorded. A refusal goes on the form, its status onto the response. */
    public boolean sent(Runnable write, BindingResult errors, UnaryOperator<String> fieldOf,
                        HttpServletResponse response) {
        try {
            write.run();
            return true;
        } catch (RuntimeException refused) {
            var translation = translators.translate(refused).orElseThrow(() -> refused);
            int status = translation.problem().getStatus();
            if (status == HttpStatus.FORBIDDEN.value()) {
                throw new NotAllowed(translation.problem().getDetail(), refused);
            }
            String field = translation.source() instanceof AgreementRuleViolation violation
                    ? fieldOf.apply(violation.field()) : null;
            response.setStatus(status);
            reject(errors, field, translation.problem().getDetail());
            return false;
        }
    }

    /** The options of a choice among an enum's values, for {@code pages/forms :: select} with their labels' keys. */
    public static Map<String, String> options(Enum<?>[] values) {
        Map<String, String> options = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            options.put(value.name(), value.name());
        }
        return options;
    }

    /** A write the aggregate refused to this user; its words are shown on the error page. */
    public static final class NotAllowed extends AccessDeniedException {

        NotAllowed(String detail, Throwable cause) {
            super(detail, cause);
        }
    }

    private static void reject(BindingResult errors, String field, String message) {
        if (field == null) {
            errors.reject("refused", message);
        } else if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, "invalid", message);
        }
    }
}
