package org.agreementtracker.api.board;

import java.time.LocalDate;

/**
 * Milestone counts of an agreement, or of all agreements. Cancelled milestones are not counted; {@code achieved}
 * counts CLAIMED and CONFIRMED, {@code confirmed} only CONFIRMED, {@code overdue} open milestones due before
 * today, {@code disputed} DISPUTED (see {@link org.agreementtracker.api.milestone.MilestoneStatus}).
 *
 * @param nextDueOn the earliest due date among open milestones not yet overdue, {@code null} when none
 */
public record MilestoneCounts(int total, int achieved, int confirmed, int overdue, int disputed,
                              LocalDate nextDueOn) {

    public static MilestoneCounts none() {
        return new MilestoneCounts(0, 0, 0, 0, 0, null);
    }
}
