package org.agreementtracker.portal;

import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.board.AgreementRow;
import org.agreementtracker.api.board.MilestoneRow;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.IndicatorReading;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.milestone.Reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A public agreement as the public portal shows it: what it is, its status, and its public milestones with their
 * progress. Its progress is that of the public milestones alone.
 */
public record PublicAgreement(String id,
                              String ref,
                              String title,
                              AgreementKind kind,
                              List<String> sectors,
                              AgreementStatus status,
                              LocalDate signedOn,
                              BigDecimal progressPercent,
                              List<Milestone> milestones) {

    /** A public milestone. */
    public record Milestone(String id, String title, LocalDate dueOn, MilestoneStatus status, boolean overdue,
                            BigDecimal progressPercent, Indicator indicator, IndicatorReading indicatorReading) {

        static Milestone of(MilestoneRow row) {
            return new Milestone(row.milestoneId(), row.title(), row.dueOn(), row.status(), row.overdue(),
                                 row.progressPercent(), row.indicator(), row.indicatorReading());
        }
    }

    static PublicAgreement of(AgreementRow row, List<MilestoneRow> milestones) {
        List<Reconciliation.WeightedProgress> progress = milestones.stream()
                .filter(milestone -> milestone.status() != MilestoneStatus.CANCELLED)
                .map(milestone -> new Reconciliation.WeightedProgress(milestone.weight(), milestone.progressPercent()))
                .toList();
        return new PublicAgreement(row.id(), row.ref(), row.title(), row.kind(), row.sectors(), row.status(),
                                   row.signedOn(), Reconciliation.weightedProgress(progress),
                                   milestones.stream().map(Milestone::of).toList());
    }
}
