package org.agreementtracker.api.board;

import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.Redactable;
import org.agreementtracker.api.classification.Withheld;
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
 * @param classification   its own joined with its agreement's, for a reader who may read it
 * @param withheld         {@code null} unless the reader may not read it; then nothing but its id is given
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
                           LocalDate lastReportedOn,
                           Classification classification,
                           Withheld withheld) implements Redactable {

    /** The row in place of one the reader may not read. */
    public static MilestoneRow withheld(String milestoneId, Withheld withheld) {
        return new MilestoneRow(null, null, milestoneId, null, null, null, 0, null, null, false, null, null, null,
                                null, null, withheld);
    }

    public MilestoneRow classified(Classification classification) {
        return new MilestoneRow(agreementId, agreementRef, milestoneId, title, owner, ownerSide, weight, dueOn, status,
                                overdue, progressPercent, indicator, indicatorReading, lastReportedOn, classification,
                                null);
    }

    @Override
    public String withheldId() {
        return milestoneId;
    }
}
