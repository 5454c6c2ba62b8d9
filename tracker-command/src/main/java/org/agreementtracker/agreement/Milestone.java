package org.agreementtracker.agreement;

import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.LatestReports;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.milestone.Reconciliation;
import org.agreementtracker.api.milestone.SideReport;

import java.time.LocalDate;
import java.util.Collection;

/**
 * A milestone inside the agreement: what the rules need to know of it, nothing more. A value: every event replaces
 * it with a changed copy.
 *
 * @param reports        each side's latest account
 * @param classification its own, raising its agreement's; {@code null} when it has the agreement's
 */
record Milestone(String milestoneId,
                 String title,
                 String owner,
                 String ownerSide,
                 Indicator indicator,
                 LocalDate dueOn,
                 boolean cancelled,
                 LatestReports reports,
                 Classification classification) {

    static Milestone planned(MilestonePlanned planned) {
        return new Milestone(planned.milestoneId(), planned.title(), planned.owner(), planned.ownerSide(),
                             planned.indicator(), planned.dueOn(), false, LatestReports.none(),
                             planned.classification());
    }

    Milestone rescheduledTo(LocalDate newDueOn) {
        return new Milestone(milestoneId, title, owner, ownerSide, indicator, newDueOn, cancelled, reports,
                             classification);
    }

    Milestone cancel() {
        return new Milestone(milestoneId, title, owner, ownerSide, indicator, dueOn, true, reports, classification);
    }

    Milestone record(SideReport report) {
        return new Milestone(milestoneId, title, owner, ownerSide, indicator, dueOn, cancelled, reports.with(report),
                             classification);
    }

    /** This milestone with its accounts folded again, after a report was corrected. */
    Milestone withReports(LatestReports corrected) {
        return new Milestone(milestoneId, title, owner, ownerSide, indicator, dueOn, cancelled, corrected,
                             classification);
    }

    MilestoneStatus status(Collection<String> sides) {
        return cancelled ? MilestoneStatus.CANCELLED : reconcile(sides).status();
    }

    Reconciliation reconcile(Collection<String> sides) {
        return reports.reconcile(sides, indicator);
    }

    /** How a refusal names it: its title and id. */
    String describe() {
        return "'" + title + "' (" + milestoneId + ")";
    }
}
