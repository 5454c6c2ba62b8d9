package org.agreementtracker.api.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The configured levels, lowest first ({@code tracker.classification.levels}, default PUBLIC, OFFICIAL, RESTRICTED,
 * SECRET), the compartments that need an explicit grant ({@code tracker.classification.compartments}, default
 * DEFENCE) and the level of an agreement registered without one ({@code default-level}, OFFICIAL). The one judge of
 * "may this clearance read that item", for the command side and the read side alike.
 */
public record ClassificationScheme(List<String> levels, List<String> compartments, String defaultLevel) {

    public static final List<String> DEFAULT_LEVELS = List.of("PUBLIC", "OFFICIAL", "RESTRICTED", "SECRET");
    public static final List<String> DEFAULT_COMPARTMENTS = List.of("DEFENCE");
    /** What an item releasable to sides that have none in common is releasable to: a side no user has. */
    public static final String NO_SIDE = "NONE";

    public ClassificationScheme {
        levels = levels == null || levels.isEmpty() ? DEFAULT_LEVELS : List.copyOf(levels);
        compartments = compartments == null ? DEFAULT_COMPARTMENTS : List.copyOf(compartments);
        defaultLevel = defaultLevel == null || defaultLevel.isBlank() ? levels.get(Math.min(1, levels.size() - 1))
                : defaultLevel;
        if (!levels.contains(defaultLevel)) {
            throw new IllegalArgumentException("The default level " + defaultLevel + " is not one of " + levels);
        }
    }

    public static ClassificationScheme standard() {
        return new ClassificationScheme(null, null, null);
    }

    /** The lowest level, the one the public may read. */
    public String publicLevel() {
        return levels.get(0);
    }

    public Classification defaultClassification() {
        return Classification.of(defaultLevel);
    }

    /** What an item recorded before classifications existed is: the default level. */
    public Classification orDefault(Classification classification) {
        return classification == null ? defaultClassification() : classification;
    }

    /** Whether {@code level} is configured. */
    public boolean knows(String level) {
        return levels.contains(level);
    }

    /** Whether {@code a} is more secret than {@code b}. */
    public boolean above(String a, String b) {
        return rank(a) > rank(b);
    }

    /** Whether a reader with {@code clearance} may read an item classified {@code classification}. */
    public boolean allows(Clearance clearance, Classification classification) {
        Classification item = orDefault(classification);
        int cleared = levels.indexOf(clearance.level());
        return cleared >= 0 && cleared >= rank(item.level())
                && clearance.compartments().containsAll(item.compartments())
                && (clearance.side() == null || item.releasableTo().isEmpty()
                        || item.releasableTo().contains(clearance.side()));
    }

    /** The clearance of a reader who has not logged in. */
    public Clearance anonymous() {
        return new Clearance(publicLevel(), Set.of(), null);
    }

    /**
     * An item inside another (a milestone in its agreement) is at least as secret as both: the higher level, every
     * compartment of either, and releasable only to sides both are releasable to.
     */
    public Classification join(Classification outer, Classification inner) {
        Classification a = orDefault(outer);
        if (inner == null) {
            return a;
        }
        String level = above(inner.level(), a.level()) ? inner.level() : a.level();
        TreeSet<String> compartments = new TreeSet<>(a.compartments());
        compartments.addAll(inner.compartments());
        List<String> sides;
        if (a.releasableTo().isEmpty()) {
            sides = inner.releasableTo();
        } else if (inner.releasableTo().isEmpty()) {
            sides = a.releasableTo();
        } else {
            sides = new ArrayList<>(a.releasableTo());
            sides.retainAll(inner.releasableTo());
            if (sides.isEmpty()) {
                sides = List.of(NO_SIDE);
            }
        }
        return new Classification(level, new ArrayList<>(compartments), sides);
    }

    private int rank(String level) {
        int rank = levels.indexOf(Objects.requireNonNull(level, "level"));
        // an unknown level (configuration changed under recorded events) counts as the highest: withheld, never shown
        return rank < 0 ? levels.size() : rank;
    }
}
