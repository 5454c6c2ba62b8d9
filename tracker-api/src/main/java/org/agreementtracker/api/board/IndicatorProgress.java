package org.agreementtracker.api.board;

import org.agreementtracker.api.classification.Redactable;
import org.agreementtracker.api.classification.Withheld;
import org.agreementtracker.api.milestone.IndicatorStatus;

import java.math.BigDecimal;

/**
 * One indicator on the summary board.
 *
 * @param latestValue the reading's value: agreed, or the most recent claimed one; {@code null} when disputed or
 *                    not reported
 * @param percent     progress from baseline to target
 *                    ({@link org.agreementtracker.api.milestone.Indicator#percentOfTarget})
 * @param withheld    {@code null} unless the reader may not read its milestone; then nothing but its id is given
 */
public record IndicatorProgress(String agreementId,
                                String agreementRef,
                                String milestoneId,
                                String name,
                                String unit,
                                BigDecimal target,
                                BigDecimal baseline,
                                BigDecimal latestValue,
                                BigDecimal percent,
                                IndicatorStatus status,
                                Withheld withheld) implements Redactable {

    public IndicatorProgress(String agreementId, String agreementRef, String milestoneId, String name, String unit,
                             BigDecimal target, BigDecimal baseline, BigDecimal latestValue, BigDecimal percent,
                             IndicatorStatus status) {
        this(agreementId, agreementRef, milestoneId, name, unit, target, baseline, latestValue, percent, status, null);
    }

    /** The indicator in place of one the reader may not read. */
    public static IndicatorProgress withheld(String milestoneId, Withheld withheld) {
        return new IndicatorProgress(null, null, milestoneId, null, null, null, null, null, null, null, withheld);
    }

    @Override
    public String withheldId() {
        return milestoneId;
    }
}
