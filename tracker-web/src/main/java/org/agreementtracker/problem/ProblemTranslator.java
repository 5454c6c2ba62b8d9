package org.agreementtracker.problem;

import org.springframework.http.ProblemDetail;

import java.util.Optional;
import java.util.function.Function;

/**
 * Turns an exception the web layer does not know into a problem. This is how modules that know nothing of HTTP
 * (the domain's rule violations above all) get their status: declare a bean, e.g.
 * <pre>{@code
 * @Bean
 * ProblemTranslator ruleViolations() {
 *     return ProblemTranslator.forType(RuleViolation.class, e -> Problems.ruleViolation(e.getMessage()));
 * }
 * }</pre>
 * The tracker's error handling offers each exception, then each of its causes (outermost first; wrappers such as
 * Axon's {@code CommandExecutionException} are thereby seen through), to every translator bean in {@code @Order}
 * and then to its built-in translations; the first answer wins. An exception nobody translates is a 500.
 */
@FunctionalInterface
public interface ProblemTranslator {

    /** @return the problem for this exception, or empty if this translator does not know it */
    Optional<ProblemDetail> translate(Throwable exception);

    /** Translates exceptions of one type (and its subtypes). */
    static <T extends Throwable> ProblemTranslator forType(Class<T> type,
                                                         Function<? super T, ProblemDetail> problem) {
        return exception -> type.isInstance(exception)
                ? Optional.of(problem.apply(type.cast(exception)))
                : Optional.empty();
    }
}
