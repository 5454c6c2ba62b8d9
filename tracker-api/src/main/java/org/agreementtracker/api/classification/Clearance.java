package org.agreementtracker.api.classification;

import org.agreementtracker.api.actor.MetadataKeys;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a user may read: items up to {@code level}, in the {@code compartments} they are granted, and, when they have
 * a {@code side}, only items releasable to it. {@link ClassificationScheme#allows} judges an item against it.
 * <p>
 * A clearance travels with every command and every query as message metadata, so the aggregate refuses writes to what
 * the writer may not read and the read side withholds what the reader may not read, whichever node answers.
 */
public record Clearance(String level, Set<String> compartments, String side) {

    public Clearance {
        Objects.requireNonNull(level, "level");
        compartments = compartments == null ? Set.of() : Set.copyOf(compartments);
        side = side == null || side.isBlank() ? null : side;
    }

    /** The metadata entries that carry this clearance on a message. */
    public Map<String, String> toMetadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put(MetadataKeys.CLEARANCE, level);
        metadata.put(MetadataKeys.COMPARTMENTS, String.join(",", new TreeSet<>(compartments)));
        if (side != null) {
            metadata.put(MetadataKeys.SIDE, side);
        }
        return metadata;
    }

    /** The clearance a message carries, or {@code null} when it carries none. */
    public static Clearance fromMetadata(Map<String, ?> metadata) {
        Object level = metadata.get(MetadataKeys.CLEARANCE);
        if (level == null) {
            return null;
        }
        Object compartments = metadata.get(MetadataKeys.COMPARTMENTS);
        Object side = metadata.get(MetadataKeys.SIDE);
        return new Clearance(level.toString(),
                             compartments == null || compartments.toString().isBlank() ? Set.of()
                                     : Set.copyOf(Arrays.asList(compartments.toString().split(","))),
                             side == null ? null : side.toString());
    }
}
