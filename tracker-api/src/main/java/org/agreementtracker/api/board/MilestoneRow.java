package org.agreementtracker.api.board;

import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.IndicatorReading;
import org.agreementtracker.api.milestone.MilestoneStatus;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A milestone with its agreement's ref.
 *
 * @param indicator        {@code null} when it has none
 * @param indicatorReading {@code null} when it has no indicator
 * @param lastReportedOn   the latest business date any side reported on, {@code null} when none has
 */
public record MilestoneRow(String agreementId,
                           String agreementRef,
                           String milestoneId,
                           String title,
                           String owner,
                           String ownerSide,
                           int weight,
                           LocalDate dueOn,
                           MilestoneStatus status,
                           boolean overdue,
                           BigDecimal progressPercent,
                           Indicator indicator,
                           IndicatorReading indicatorReading,
                           LocalDate lastReportedOn) {
}
