package org.agreementtracker.agreement;

import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.LatestReports;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.milestone.Reconciliation;
import org.agreementtracker.api.milestone.SideReport;

import java.time.LocalDate;
import java.util.Collection;

/** A milestone inside the agreement: what the rules need to know of it, nothing more. */
final class Milestone {

    private final String milestoneId;
    private final String title;
    private final String owner;
    private final String ownerSide;
    private final Indicator indicator;
    private LocalDate dueOn;
    private boolean cancelled;
    private LatestReports reports = LatestReports.none();

    Milestone(MilestonePlanned planned) {
        this.milestoneId = planned.milestoneId();
        this.title = planned.title();
        this.owner = planned.owner();
        this.ownerSide = planned.ownerSide();
        this.indicator = planned.indicator();
        this.dueOn = planned.dueOn();
    }

    void rescheduleTo(LocalDate newDueOn) {
        this.dueOn = newDueOn;
    }

    void cancel() {
        this.cancelled = true;
    }

    void record(SideReport report) {
        reports = reports.with(report);
    }

    MilestoneStatus status(Collection<String> sides) {
        return cancelled ? MilestoneStatus.CANCELLED : reconcile(sides).status();
    }

    Reconciliation reconcile(Collection<String> sides) {
        return reports.reconcile(sides, indicator);
    }

    String milestoneId() {
        return milestoneId;
    }

    /** How a refusal names it: its title and id. */
    String describe() {
        return "'" + title + "' (" + milestoneId + ")";
    }

    String owner() {
        return owner;
    }

    String ownerSide() {
        return ownerSide;
    }

    Indicator indicator() {
        return indicator;
    }

    LocalDate dueOn() {
        return dueOn;
    }

    boolean cancelled() {
        return cancelled;
    }
}
