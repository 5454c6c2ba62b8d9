package org.agreementtracker.api.milestone;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each side's latest account of one milestone, folded from its reports in the order they were recorded. "Latest"
 * means latest business date: ministries report late, and a report about March that arrives after one about June
 * does not undo June (on the same date, the one recorded later wins). The latest indicator value is kept apart from
 * the latest status, since a status-only report does not retract a value.
 *
 * @param statusBySide latest report of each side, by country code
 * @param valueBySide  latest report with an indicator value of each side, by country code
 */
public record LatestReports(Map<String, SideReport> statusBySide, Map<String, SideReport> valueBySide) {

    public LatestReports {
        statusBySide = bySide(statusBySide);
        valueBySide = bySide(valueBySide);
    }

    /** Sides in the order of their codes: the same accounts always read, serialize and snapshot alike. */
    private static Map<String, SideReport> bySide(Map<String, SideReport> reports) {
        return reports == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(reports));
    }

    public static LatestReports none() {
        return new LatestReports(Map.of(), Map.of());
    }

    /** These accounts with {@code report}, which was recorded after every report already folded in. */
    public LatestReports with(SideReport report) {
        Map<String, SideReport> statuses = statusBySide;
        if (report.supersedes(statusBySide.get(report.side()))) {
            statuses = new LinkedHashMap<>(statusBySide);
            statuses.put(report.side(), report);
        }
        Map<String, SideReport> values = valueBySide;
        if (report.indicatorValue() != null && report.supersedes(valueBySide.get(report.side()))) {
            values = new LinkedHashMap<>(valueBySide);
            values.put(report.side(), report);
        }
        return new LatestReports(statuses, values);
    }

    /**
     * Reconciles these accounts for an agreement whose parties are of {@code sides} (country codes).
     *
     * @param indicator the milestone's indicator, or {@code null} when it has none
     */
    public Reconciliation reconcile(Collection<String> sides, Indicator indicator) {
        return Reconciliation.of(sides, indicator, this);
    }
}
