package org.agreementtracker.api.classification;

import java.util.List;

/**
 * What a reader is told of an item they may not read, in its place: its level and compartments (never its content)
 * and why, the way open-contracting data marks withheld information.
 */
public record Withheld(String level, List<String> compartments, String reason) {

    public Withheld {
        compartments = compartments == null ? List.of() : List.copyOf(compartments);
    }

    /** Its level and compartments as a page shows them: {@code SECRET, DEFENCE}. */
    public String describe() {
        return compartments.isEmpty() ? level : level + ", " + String.join(", ", compartments);
    }

    /** Withheld because the reader's clearance does not reach {@code classification}. */
    public static Withheld beyond(Classification classification) {
        return new Withheld(classification.level(), classification.compartments(),
                            "Classified " + classification.describe() + "; your clearance does not allow it");
    }
}
