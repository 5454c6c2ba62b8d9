package org.agreementtracker.api.milestone;

import java.math.BigDecimal;

/**
 * Where an indicator stands once the sides' values are compared.
 *
 * @param value           the agreed value when AGREED, the most recent claimed value when CLAIMED, otherwise
 *                        {@code null} (the per-side values are in {@link Reconciliation#sides()})
 * @param percentOfTarget progress of {@code value} from baseline to target (see {@link Indicator#percentOfTarget})
 */
public record IndicatorReading(IndicatorStatus status, BigDecimal value, BigDecimal percentOfTarget) {
}
