package org.agreementtracker.api.board;

import org.agreementtracker.api.milestone.IndicatorStatus;

import java.math.BigDecimal;

/**
 * One indicator on the summary board.
 *
 * @param latestValue the reading's value: agreed, or the most recent claimed one; {@code null} when disputed or
 *                    not reported
 * @param percent     progress from baseline to target
 *                    ({@link org.agreementtracker.api.milestone.Indicator#percentOfTarget})
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
                                IndicatorStatus status) {
}
