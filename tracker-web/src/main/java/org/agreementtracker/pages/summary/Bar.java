package org.agreementtracker.pages.summary;

import java.util.List;
import java.util.Map;

/** One bar of a bar chart: what it counts (a key the template turns into a label), how many, its length in percent. */
public record Bar(String key, String label, int value, double percent) {

    /** Bars for the counts, each as long as its share of the largest; {@code label} may be null (then the key). */
    static <K> List<Bar> of(Map<K, Integer> counts, Map<K, String> labels) {
        int largest = Math.max(1, counts.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        return counts.entrySet().stream()
                     .map(count -> new Bar(String.valueOf(count.getKey()),
                                           labels == null ? null : labels.get(count.getKey()),
                                           count.getValue(), 100.0 * count.getValue() / largest))
                     .toList();
    }
}
