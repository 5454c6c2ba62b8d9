package org.agreementtracker.pages;

import jakarta.servlet.http.HttpServletResponse;
import org.agreementtracker.problem.ProblemTranslators;
import org.agreementtracker.problem.ResourceNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Locale;
import java.util.UUID;

/**
 * What goes wrong on a page is a page too, in the pages' look, rather than the API's problem JSON: 403 for what the
 * user's role or body does not allow, 404 for what does not exist, and the status the API would answer for
 * anything else (through the same {@link ProblemTranslators}).
 */
@Controller
@Hidden // a page, not part of the API's OpenAPI document
@ControllerAdvice(basePackages = "org.agreementtracker.pages")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

    /** Where the pages' security chain forwards a refused request (e.g. a form without its CSRF token). */
    static final String FORBIDDEN_PATH = "/forbidden";

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final ProblemTranslators translators;
    private final MessageSource messages;

    public PageErrors(ProblemTranslators translators, MessageSource messages) {
        this.translators = translators;
        this.messages = messages;
    }

    @RequestMapping(FORBIDDEN_PATH)
    public String forbidden(Model model, HttpServletResponse response) {
        return error(HttpStatus.FORBIDDEN, null, model, response);
    }

    @ExceptionHandler(AccessDeniedException.class)
    public String denied(AccessDeniedException exception, Model model, HttpServletResponse response) {
        return error(HttpStatus.FORBIDDEN, exception instanceof PageForms.NotAllowed ? exception.getMessage() : null,
                     model, response);
    }

    @ExceptionHandler(ResourceNotFoundException.class)
    public String notFound(ResourceNotFoundException exception, Model model, HttpServletResponse response) {
        return error(HttpStatus.NOT_FOUND, exception.getMessage(), model, response);
    }

    @ExceptionHandler(AsOf.InvalidMoment.class)
    public String invalidMoment(AsOf.InvalidMoment exception, Model model, HttpServletResponse response,
                                Locale locale) {
        return error(HttpStatus.BAD_REQUEST, messages.getMessage("asOf.invalid", new Object[]{exception.value()},
                                                                 locale), model, response);
    }

    @ExceptionHandler(Exception.class)
    public String other(Exception exception, Model model, HttpServletResponse response) {
        if (exception instanceof ErrorResponse known) {
            return error(HttpStatus.valueOf(known.getStatusCode().value()), null, model, response);
        }
        var translation = translators.translate(exception);
        if (translation.isPresent()) {
            ProblemDetail problem = translation.get().problem();
            return error(HttpStatus.valueOf(problem.getStatus()), problem.getDetail(), model, response);
        }
        String incident = UUID.randomUUID().toString();
        log.error("Incident {} on a page", incident, exception);
        model.addAttribute("incident", incident);
        return error(HttpStatus.INTERNAL_SERVER_ERROR, null, model, response);
    }

    private static String error(HttpStatus status, String detail, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("detail", detail);
        return "pages/error";
    }
}
