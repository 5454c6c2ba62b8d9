package org.agreementtracker.agreement;

import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.RefusalCode;
import org.agreementtracker.api.history.Correctable;
import org.agreementtracker.api.history.UnreadableHistoryException;
import org.agreementtracker.problem.FieldProblem;
import org.agreementtracker.problem.ProblemTranslator;
import org.agreementtracker.problem.Problems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.util.List;

/**
 * The command side's refusals as problems: the refusal's kind gives the status (400 with the field at fault, 403,
 * 404, 409) and its code travels as the problem's {@code code}, so clients can tell refusals apart.
 */
@Configuration(proxyBeanMethods = false)
public class RuleViolationProblems {

    public static final String CODE = "code";

    @Bean
    public ProblemTranslator agreementRuleViolations() {
        return ProblemTranslator.forType(AgreementRuleViolation.class, RuleViolationProblems::problem);
    }

    /**
     * 409 {@code HISTORY_UNREADABLE}: the aggregate's recorded history holds an event it cannot apply, so no command
     * can reach it until that event is repaired; the client can do nothing about it, retrying changes nothing.
     */
    @Bean
    public ProblemTranslator unreadableHistories() {
        return ProblemTranslator.forType(UnreadableHistoryException.class, unreadable -> {
            ProblemDetail problem = Problems.of(
                    HttpStatus.CONFLICT, Problems.UNREADABLE_HISTORY, "Unreadable history",
                    unreadable.aggregateId() + " takes no commands: its recorded event " + unreadable.sequence()
                            + " (" + unreadable.eventType() + ") cannot be applied to it. Its reads still answer; "
                            + "an administrator must repair or upcast that event (see /actuator/health)");
            problem.setProperty(CODE, "HISTORY_UNREADABLE");
            return problem;
        });
    }

    static ProblemDetail problem(AgreementRuleViolation refusal) {
        ProblemDetail problem = switch (refusal.code().kind()) {
            case INVALID -> Problems.invalidInput("The request is not valid",
                                                  List.of(new FieldProblem(refusal.field(), refusal.getMessage())));
            case FORBIDDEN -> Problems.of(HttpStatus.FORBIDDEN, null, null, refusal.getMessage());
            case NOT_FOUND -> Problems.notFound(refusal.getMessage());
            case CONFLICT -> Problems.ruleViolation(refusal.getMessage());
        };
        problem.setProperty(CODE, refusal.code().name());
        if (refusal.code() == RefusalCode.NOT_CORRECTABLE) {
            problem.setProperty("correctable", Correctable.eventTypes());
        }
        return problem;
    }
}
