package org.agreementtracker.api.classification;

import org.agreementtracker.api.actor.MetadataKeys;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
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

    /**
     * The metadata entries that say an event's content is classified so: its level and compartments, which choose the
     * keys it is sealed with in the store (sides are a rule of reading, not a key).
     */
    public Map<String, String> toContentMetadata() {
        return Map.of(MetadataKeys.CONTENT_LEVEL, level,
                      MetadataKeys.CONTENT_COMPARTMENTS, String.join(",", compartments));
    }

    /** The classification of an event's content as its metadata states it, {@code null} when it states none. */
    public static Classification ofContent(Map<String, ?> metadata) {
        Object level = metadata.get(MetadataKeys.CONTENT_LEVEL);
        if (level == null) {
            return null;
        }
        Object compartments = metadata.get(MetadataKeys.CONTENT_COMPARTMENTS);
        return new Classification(level.toString(),
                                  compartments == null || compartments.toString().isBlank() ? List.of()
                                          : Arrays.asList(compartments.toString().split(",")),
                                  List.of());
    }
}
