package org.agreementtracker.readmodel;

import org.agreementtracker.api.agreement.Party;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.IndicatorReading;
import org.agreementtracker.api.milestone.IndicatorStatus;
import org.agreementtracker.api.milestone.LatestReports;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.milestone.Reconciliation;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.api.milestone.SideReport;
import org.bson.Document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.agreementtracker.readmodel.Fields.STATUS;
import static org.agreementtracker.readmodel.Values.date;
import static org.agreementtracker.readmodel.Values.decimal;
import static org.agreementtracker.readmodel.Values.enumOf;
import static org.agreementtracker.readmodel.Values.integer;
import static org.agreementtracker.readmodel.Values.name;

/**
 * A milestone's two-sided account inside a read-model document, kept as the aggregate keeps it: each side's latest
 * report ({@link LatestReports}, field {@value #LATEST}) folded in the order the reports were recorded, and what
 * {@link Reconciliation} makes of it ({@value Fields#STATUS}, {@value #PROGRESS}, {@value #READING}), so every board
 * reconciles exactly as the command side does. The stored status never says CANCELLED; {@value #CANCELLED} does.
 * A correction brings the accounts as the aggregate folded them again, so that a read model need not keep every
 * report to take a corrected one in.
 * <pre>
 * {indicator: {name, unit, target, baseline, baselineYear, higherIsBetter} | absent,
 *  latest: {status: [{side, occurredOn, status, progressPercent, indicatorValue}], value: [...]},
 *  status, progressPercent, reading: {status, value, percentOfTarget} | absent, cancelled}
 * </pre>
 */
public final class MilestoneAccount {

    public static final String INDICATOR = "indicator";
    public static final String LATEST = "latest";
    public static final String PROGRESS = "progressPercent";
    public static final String READING = "reading";
    public static final String CANCELLED = "cancelled";

    private MilestoneAccount() {
    }

    /** The sides of an agreement: its parties' countries, in the order the parties were named. */
    public static List<String> sides(List<Party> parties) {
        Set<String> sides = new LinkedHashSet<>();
        parties.forEach(party -> sides.add(party.country()));
        return List.copyOf(sides);
    }

    /** {@code milestone} as just planned: nobody has reported. */
    public static Document planned(Document milestone, Indicator indicator, List<String> sides) {
        milestone.put(INDICATOR, indicator == null ? null : indicator(indicator));
        milestone.put(CANCELLED, false);
        return reconciled(milestone, LatestReports.none(), sides);
    }

    /** {@code milestone} with {@code report}, which was recorded after every report it has taken in. */
    public static Document reported(Document milestone, SideReport report, List<String> sides) {
        return reconciled(milestone, latest(milestone).with(report), sides);
    }

    /** {@code milestone} after a correction of one of its reports: {@code accounts} as they now stand. */
    public static Document corrected(Document milestone, LatestReports accounts, List<String> sides) {
        return reconciled(milestone, accounts, sides);
    }

    /**
     * The latest business date any report (as it stands) speaks of, or {@code null} when none was given: every
     * report states a status, so it is the latest date among the sides' latest status reports.
     */
    public static LocalDate lastReportedOn(Document milestone) {
        return latest(milestone).statusBySide().values().stream().map(SideReport::occurredOn)
                                .max(LocalDate::compareTo).orElse(null);
    }

    private static Document reconciled(Document milestone, LatestReports latest, List<String> sides) {
        Reconciliation reconciliation = latest.reconcile(sides, indicator(milestone));
        milestone.put(LATEST, latest(latest));
        milestone.put(STATUS, name(reconciliation.status()));
        milestone.put(PROGRESS, decimal(reconciliation.progressPercent()));
        milestone.put(READING, reconciliation.indicator() == null ? null : reading(reconciliation.indicator()));
        return milestone;
    }

    /** The reconciled status, or CANCELLED. */
    public static MilestoneStatus status(Document milestone) {
        if (Boolean.TRUE.equals(milestone.getBoolean(CANCELLED))) {
            return MilestoneStatus.CANCELLED;
        }
        return enumOf(MilestoneStatus.class, milestone.get(STATUS));
    }

    public static BigDecimal progress(Document milestone) {
        return decimal(milestone.get(PROGRESS));
    }

    public static IndicatorReading reading(Document milestone) {
        Document reading = milestone.get(READING, Document.class);
        return reading == null ? null : new IndicatorReading(enumOf(IndicatorStatus.class, reading.get(STATUS)),
                                                             decimal(reading.get("value")),
                                                             decimal(reading.get("percentOfTarget")));
    }

    private static Document reading(IndicatorReading reading) {
        return new Document(STATUS, name(reading.status()))
                .append("value", decimal(reading.value()))
                .append("percentOfTarget", decimal(reading.percentOfTarget()));
    }

    public static Indicator indicator(Document milestone) {
        Document indicator = milestone.get(INDICATOR, Document.class);
        return indicator == null ? null : new Indicator(indicator.getString("name"), indicator.getString("unit"),
                                                        decimal(indicator.get("target")),
                                                        decimal(indicator.get("baseline")),
                                                        integer(indicator.get("baselineYear")),
                                                        indicator.getBoolean("higherIsBetter"));
    }

    public static Document indicator(Indicator indicator) {
        return new Document("name", indicator.name())
                .append("unit", indicator.unit())
                .append("target", decimal(indicator.target()))
                .append("baseline", decimal(indicator.baseline()))
                .append("baselineYear", indicator.baselineYear())
                .append("higherIsBetter", indicator.higherIsBetter());
    }

    public static LatestReports latest(Document milestone) {
        Document latest = milestone.get(LATEST, Document.class);
        if (latest == null) {
            return LatestReports.none();
        }
        return new LatestReports(bySide(latest, STATUS), bySide(latest, "value"));
    }

    private static Map<String, SideReport> bySide(Document latest, String field) {
        Map<String, SideReport> bySide = new LinkedHashMap<>();
        for (Document report : Values.documents(latest, field)) {
            bySide.put(report.getString("side"), sideReport(report));
        }
        return bySide;
    }

    private static Document latest(LatestReports latest) {
        return new Document(STATUS, sideReports(latest.statusBySide()))
                .append("value", sideReports(latest.valueBySide()));
    }

    private static List<Document> sideReports(Map<String, SideReport> bySide) {
        List<Document> reports = new ArrayList<>();
        // sorted, so that the same accounts always make the same document
        bySide.keySet().stream().sorted().forEach(side -> reports.add(sideReport(bySide.get(side))));
        return reports;
    }

    private static Document sideReport(SideReport report) {
        return new Document("side", report.side())
                .append("occurredOn", date(report.occurredOn()))
                .append(STATUS, name(report.status()))
                .append("progressPercent", report.progressPercent())
                .append("indicatorValue", decimal(report.indicatorValue()));
    }

    private static SideReport sideReport(Document report) {
        return new SideReport(report.getString("side"), date(report.get("occurredOn")),
                              enumOf(ReportStatus.class, report.get(STATUS)), integer(report.get("progressPercent")),
                              decimal(report.get("indicatorValue")));
    }
}
