package org.agreementtracker.api.milestone;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A quantity a milestone is measured by, e.g. "Pakistani workers employed in Belarus", persons, target 150000; or
 * "Annual bilateral trade turnover", USD million, baseline 50.2 in 2019, target 1000.
 *
 * @param baseline       where the count started (optional; 0 when absent)
 * @param baselineYear   the year the baseline was measured in (optional)
 * @param higherIsBetter direction of progress; {@code true} when not given
 */
public record Indicator(String name,
                        String unit,
                        BigDecimal target,
                        BigDecimal baseline,
                        Integer baselineYear,
                        Boolean higherIsBetter) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Indicator {
        higherIsBetter = higherIsBetter == null ? Boolean.TRUE : higherIsBetter;
    }

    public Indicator(String name, String unit, BigDecimal target) {
        this(name, unit, target, null, null, true);
    }

    /**
     * How far {@code value} has come from the baseline towards the target, in percent with one decimal; below 0 when
     * it went the wrong way, above 100 when it overshot; {@code null} for no value or when target equals baseline.
     */
    public BigDecimal percentOfTarget(BigDecimal value) {
        BigDecimal start = baseline == null ? BigDecimal.ZERO : baseline;
        BigDecimal distance = target == null ? null : target.subtract(start);
        if (value == null || distance == null || distance.signum() == 0) {
            return null;
        }
        return value.subtract(start).multiply(HUNDRED).divide(distance, 1, RoundingMode.HALF_UP);
    }
}
