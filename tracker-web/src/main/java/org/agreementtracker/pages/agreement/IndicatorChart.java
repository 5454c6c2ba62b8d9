package org.agreementtracker.pages.agreement;

import org.agreementtracker.api.board.MilestoneDetail;
import org.agreementtracker.api.board.ReportEntry;
import org.agreementtracker.api.milestone.Indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A milestone's indicator as a line chart drawn on the server (SVG, no script): the target and the baseline as
 * level lines, each side's reported values over time as a line of its own. The sides differ in dash and marker
 * shape as well as colour; the same figures are in a table beside it.
 */
public record IndicatorChart(String name, String unit, String target, String baseline, double targetY,
                             double baselineY, List<Series> series, List<Tick> yTicks, List<Tick> xTicks) {

    static final int WIDTH = 640;
    static final int HEIGHT = 240;
    static final int LEFT = 80;
    static final int RIGHT = 20;
    static final int TOP = 16;
    static final int BOTTOM = 36;

    /** One side's readings, the line through them and each point. */
    public record Series(String side, int index, String points, List<Point> readings) {
    }

    public record Point(LocalDate on, String value, double x, double y) {
    }

    public record Tick(String label, double at) {
    }

    /** The chart of the milestone's indicator, or {@code null} when it has none. */
    static IndicatorChart of(MilestoneDetail milestone, Locale locale) {
        Indicator indicator = milestone.indicator();
        if (indicator == null) {
            return null;
        }
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        BigDecimal baseline = indicator.baseline() == null ? BigDecimal.ZERO : indicator.baseline();
        Map<String, List<ReportEntry>> bySide = new LinkedHashMap<>();
        milestone.reports().stream()
                 .filter(report -> report.indicatorValue() != null)
                 .sorted(Comparator.comparing(ReportEntry::occurredOn))
                 .forEach(report -> bySide.computeIfAbsent(report.side(), side -> new ArrayList<>()).add(report));

        LocalDate from = bySide.values().stream().flatMap(List::stream).map(ReportEntry::occurredOn)
                               .min(Comparator.naturalOrder()).orElse(milestone.dueOn().minusYears(1));
        LocalDate to = milestone.dueOn().isAfter(from) ? milestone.dueOn() : from.plusMonths(1);
        double top = bySide.values().stream().flatMap(List::stream)
                           .map(ReportEntry::indicatorValue)
                           .reduce(indicator.target().max(baseline), BigDecimal::max)
                           .doubleValue() * 1.05;
        Scale scale = new Scale(from, to, top <= 0 ? 1 : roundUp(top));

        List<Series> series = new ArrayList<>();
        for (var side : bySide.entrySet()) {
            List<Point> points = side.getValue().stream()
                                     .map(r -> new Point(r.occurredOn(), numbers.format(r.indicatorValue()),
                                                         scale.x(r.occurredOn()), scale.y(r.indicatorValue().doubleValue())))
                                     .toList();
            String line = String.join(" ", points.stream().map(p -> round(p.x()) + "," + round(p.y())).toList());
            series.add(new Series(side.getKey(), series.size(), line, points));
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = scale.top() * i / 4;
            yTicks.add(new Tick(numbers.format(BigDecimal.valueOf(value).setScale(0, RoundingMode.HALF_UP)),
                                scale.y(value)));
        }
        List<Tick> xTicks = List.of(new Tick(from.toString(), scale.x(from)), new Tick(to.toString(), scale.x(to)));
        return new IndicatorChart(indicator.name(), indicator.unit(), numbers.format(indicator.target()),
                                  numbers.format(baseline), scale.y(indicator.target().doubleValue()),
                                  scale.y(baseline.doubleValue()), series, yTicks, xTicks);
    }

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int left() {
        return LEFT;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public int bottom() {
        return HEIGHT - BOTTOM;
    }

    /** The next 1, 2, 2.5 or 5 times a power of ten, so that the axis' quarters are round numbers. */
    static double roundUp(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[]{1, 2, 2.5, 5}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String round(double value) {
        return String.valueOf(Math.round(value * 10) / 10.0);
    }

    private record Scale(LocalDate from, LocalDate to, double top) {

        double x(LocalDate on) {
            long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
            return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(from, on) / span;
        }

        double y(double value) {
            return TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / top);
        }
    }
}
