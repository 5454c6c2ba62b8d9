package org.agreementtracker.api.classification;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * How secret an item is: a {@code level} of the configured {@link ClassificationScheme}, the {@code compartments}
 * (such as {@code DEFENCE}) a reader must be granted besides the level, and the sides it is releasable to (empty: not
 * limited by side). Compartments and sides are kept sorted and without repeats, so that two equal classifications
 * are equal records.
 */
public record Classification(String level, List<String> compartments, List<String> releasableTo) {

    public Classification {
        Objects.requireNonNull(level, "level");
        compartments = compartments == null ? List.of() : List.copyOf(new TreeSet<>(compartments));
        releasableTo = releasableTo == null ? List.of() : List.copyOf(new TreeSet<>(releasableTo));
    }

    public static Classification of(String level) {
        return new Classification(level, List.of(), List.of());
    }

    /** How it reads in a sentence or a page: {@code SECRET, DEFENCE, releasable to PK}. */
    public String describe() {
        StringBuilder text = new StringBuilder(level);
        compartments.forEach(compartment -> text.append(", ").append(compartment));
        if (!releasableTo.isEmpty()) {
            text.append(", releasable to ").append(String.join(" and ", releasableTo));
        }
        return text.toString();
    }
}
