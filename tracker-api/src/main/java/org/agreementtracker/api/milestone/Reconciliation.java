package org.agreementtracker.api.milestone;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reconciled state of one milestone from each side's latest account: the same rules for the command side (which
 * refuses to reschedule a confirmed milestone) and for every board. See {@link MilestoneStatus} and
 * {@link IndicatorStatus} for what each state means.
 *
 * @param sides           each side's account, the agreement's sides first in the order given
 * @param indicator       the indicator's reading, {@code null} when the milestone has no indicator
 * @param progressPercent 100 when CONFIRMED; otherwise the mean over the sides of each side's latest progress
 *                        (ACHIEVED 100, NOT_STARTED or silent 0, IN_PROGRESS or BLOCKED its stated percent or 0),
 *                        so that neither side's account alone decides
 */
public record Reconciliation(MilestoneStatus status,
                             List<SideAccount> sides,
                             IndicatorReading indicator,
                             BigDecimal progressPercent) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Reconciliation {
        sides = sides == null ? List.of() : List.copyOf(sides);
    }

    static Reconciliation of(Collection<String> agreementSides, Indicator indicator, LatestReports reports) {
        // a report can only come from a party's side; the union keeps an account visible should one not
        Set<String> sides = new LinkedHashSet<>(agreementSides);
        sides.addAll(reports.statusBySide().keySet());
        sides.addAll(reports.valueBySide().keySet());

        List<SideAccount> accounts = new ArrayList<>();
        for (String side : sides) {
            SideReport latest = reports.statusBySide().get(side);
            SideReport value = reports.valueBySide().get(side);
            accounts.add(new SideAccount(side,
                                         latest == null ? null : latest.status(),
                                         latest == null ? null : latest.occurredOn(),
                                         latest == null ? null : latest.progressPercent(),
                                         value == null ? null : value.indicatorValue(),
                                         value == null ? null : value.occurredOn()));
        }
        IndicatorReading reading = indicator == null ? null : readIndicator(sides, indicator, reports.valueBySide());
        MilestoneStatus status = statusOf(sides, reports.statusBySide(), reading);
        return new Reconciliation(status, accounts, reading, progressOf(status, sides, reports.statusBySide()));
    }

    private static MilestoneStatus statusOf(Set<String> sides, Map<String, SideReport> latest,
                                            IndicatorReading reading) {
        if (latest.isEmpty()) {
            return MilestoneStatus.NOT_REPORTED;
        }
        if (reading != null && reading.status() == IndicatorStatus.DISPUTED) {
            return MilestoneStatus.DISPUTED;
        }
        Set<ReportStatus> stated = latest.values().stream().map(SideReport::status).collect(Collectors.toSet());
        if (stated.contains(ReportStatus.ACHIEVED)) {
            boolean everySide = sides.stream().allMatch(
                    side -> latest.containsKey(side) && latest.get(side).status() == ReportStatus.ACHIEVED);
            if (everySide) {
                return MilestoneStatus.CONFIRMED;
            }
            return deniedSinceClaimed(latest.values()) ? MilestoneStatus.DISPUTED : MilestoneStatus.CLAIMED;
        }
        if (stated.contains(ReportStatus.BLOCKED)) {
            return MilestoneStatus.BLOCKED;
        }
        if (stated.contains(ReportStatus.IN_PROGRESS)) {
            return MilestoneStatus.IN_PROGRESS;
        }
        return MilestoneStatus.NOT_STARTED;
    }

    /**
     * A side denies a claim when its latest account says "not achieved" and is dated on or after the first claim of
     * ACHIEVED: it had the claim before it and still says no. An older account is only out of step.
     */
    private static boolean deniedSinceClaimed(Collection<SideReport> latest) {
        LocalDate firstClaim = latest.stream().filter(report -> report.status() == ReportStatus.ACHIEVED)
                                     .map(SideReport::occurredOn).min(LocalDate::compareTo).orElseThrow();
        return latest.stream().anyMatch(report -> report.status() != ReportStatus.ACHIEVED
                && !report.occurredOn().isBefore(firstClaim));
    }

    private static IndicatorReading readIndicator(Set<String> sides, Indicator indicator,
                                                  Map<String, SideReport> values) {
        if (values.isEmpty()) {
            return new IndicatorReading(IndicatorStatus.NOT_REPORTED, null, null);
        }
        List<BigDecimal> distinct = distinct(values.values().stream().map(SideReport::indicatorValue).toList());
        if (distinct.size() == 1 && values.keySet().containsAll(sides)) {
            BigDecimal agreed = distinct.get(0);
            return new IndicatorReading(IndicatorStatus.AGREED, agreed, indicator.percentOfTarget(agreed));
        }
        // values of different dates are not in conflict, they are out of step: the most recent one stands, claimed
        LocalDate mostRecent = values.values().stream().map(SideReport::occurredOn).max(LocalDate::compareTo)
                                     .orElseThrow();
        List<BigDecimal> atMostRecent = distinct(values.values().stream()
                                                       .filter(report -> report.occurredOn().equals(mostRecent))
                                                       .map(SideReport::indicatorValue)
                                                       .toList());
        if (atMostRecent.size() > 1) {
            return new IndicatorReading(IndicatorStatus.DISPUTED, null, null);
        }
        BigDecimal claimed = atMostRecent.get(0);
        return new IndicatorReading(IndicatorStatus.CLAIMED, claimed, indicator.percentOfTarget(claimed));
    }

    /** Distinct by numeric value: 150000 and 150000.0 are the same number. */
    private static List<BigDecimal> distinct(List<BigDecimal> values) {
        List<BigDecimal> distinct = new ArrayList<>();
        for (BigDecimal value : values) {
            if (distinct.stream().noneMatch(seen -> seen.compareTo(value) == 0)) {
                distinct.add(value);
            }
        }
        return distinct;
    }

    private static BigDecimal progressOf(MilestoneStatus status, Set<String> sides, Map<String, SideReport> latest) {
        if (status == MilestoneStatus.CONFIRMED) {
            return HUNDRED.setScale(1, RoundingMode.UNNECESSARY);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (String side : sides) {
            sum = sum.add(BigDecimal.valueOf(progressOf(latest.get(side))));
        }
        return sum.divide(BigDecimal.valueOf(Math.max(1, sides.size())), 1, RoundingMode.HALF_UP);
    }

    private static int progressOf(SideReport report) {
        if (report == null) {
            return 0;
        }
        return switch (report.status()) {
            case ACHIEVED -> 100;
            case NOT_STARTED -> 0;
            case IN_PROGRESS, BLOCKED -> Objects.requireNonNullElse(report.progressPercent(), 0);
        };
    }

    /**
     * The weighted mean of milestones' progress (an agreement's {@code progressPercent} on the boards); cancelled
     * milestones are left out by the caller. {@code null} when there is nothing to weigh.
     */
    public static BigDecimal weightedProgress(List<WeightedProgress> milestones) {
        long totalWeight = milestones.stream().mapToLong(WeightedProgress::weight).sum();
        if (totalWeight == 0) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (WeightedProgress milestone : milestones) {
            sum = sum.add(milestone.progressPercent().multiply(BigDecimal.valueOf(milestone.weight())));
        }
        return sum.divide(BigDecimal.valueOf(totalWeight), 1, RoundingMode.HALF_UP);
    }

    /** One milestone's weight and reconciled progress, for {@link #weightedProgress}. */
    public record WeightedProgress(int weight, BigDecimal progressPercent) {
    }
}
