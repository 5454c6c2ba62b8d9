package org.agreementtracker.problem;

import org.springframework.http.ProblemDetail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The registry of translations: the application's {@link ProblemTranslator} beans first, in their order, then the
 * built-in ones. Each exception of the cause chain is offered in turn, outermost first.
 */
public final class ProblemTranslators {

    private final List<ProblemTranslator> translators;

    public ProblemTranslators(List<ProblemTranslator> applicationTranslators) {
        List<ProblemTranslator> all = new ArrayList<>(applicationTranslators);
        all.addAll(BuiltInTranslations.all());
        this.translators = List.copyOf(all);
    }

    /** The problem for the exception and the exception (itself or a cause) it was found for. */
    public record Translation(ProblemDetail problem, Throwable source) {
    }

    public Optional<Translation> translate(Throwable exception) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable current = exception; current != null && seen.add(current); current = current.getCause()) {
            for (ProblemTranslator translator : translators) {
                Optional<ProblemDetail> problem = translator.translate(current);
                if (problem.isPresent()) {
                    return Optional.of(new Translation(problem.get(), current));
                }
            }
        }
        return Optional.empty();
    }
}
