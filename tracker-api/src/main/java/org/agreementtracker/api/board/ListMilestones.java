package org.agreementtracker.api.board;

import org.agreementtracker.api.milestone.MilestoneStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Milestones across agreements (API: {@code GET /milestones}); answered with a {@code List<MilestoneRow>}. Every
 * filter is optional.
 *
 * @param overdue   {@code true}: only overdue ones; {@code false}: only those not overdue
 * @param owner     a body id
 * @param dueBefore only those due before this date
 * @param status    the reconciled status, or CANCELLED
 */
public record ListMilestones(Boolean overdue,
                             String owner,
                             LocalDate dueBefore,
                             MilestoneStatus status,
                             Instant asOf) {

    public static ListMilestones all() {
        return new ListMilestones(null, null, null, null, null);
    }
}
