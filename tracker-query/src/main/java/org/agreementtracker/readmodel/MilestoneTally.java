package org.agreementtracker.readmodel;

import org.agreementtracker.api.board.MilestoneCounts;
import org.agreementtracker.api.milestone.MilestoneStatus;

import java.time.LocalDate;

/**
 * Counts milestones as {@link MilestoneCounts} defines them, judging "overdue" against {@code today}: cancelled ones
 * are left out, achieved means CLAIMED or CONFIRMED, overdue means open and due before today, and the next due date
 * is the earliest among open milestones not yet overdue.
 */
public final class MilestoneTally {

    private final LocalDate today;
    private int total;
    private int achieved;
    private int confirmed;
    private int overdue;
    private int disputed;
    private LocalDate nextDueOn;

    public MilestoneTally(LocalDate today) {
        this.today = today;
    }

    public MilestoneTally add(MilestoneStatus status, LocalDate dueOn) {
        if (status == MilestoneStatus.CANCELLED) {
            return this;
        }
        total++;
        if (status.achieved()) {
            achieved++;
        }
        if (status == MilestoneStatus.CONFIRMED) {
            confirmed++;
        }
        if (status == MilestoneStatus.DISPUTED) {
            disputed++;
        }
        if (status.overdue(dueOn, today)) {
            overdue++;
        } else if (status.open() && dueOn != null && (nextDueOn == null || dueOn.isBefore(nextDueOn))) {
            nextDueOn = dueOn;
        }
        return this;
    }

    public MilestoneCounts counts() {
        return new MilestoneCounts(total, achieved, confirmed, overdue, disputed, nextDueOn);
    }
}
