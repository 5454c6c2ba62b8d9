package org.agreementtracker.api.board;

import org.agreementtracker.api.milestone.MilestoneStatus;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Milestones across agreements (API: {@code GET /milestones}); answered with a {@code List<MilestoneRow>}, or with a
 * {@link MilestonePage} that also gives the number of rows matching the filters. Every filter is optional; rows come
 * in order of due date.
 *
 * @param overdue   {@code true}: only overdue ones; {@code false}: only those not overdue
 * @param owner     a body id
 * @param dueBefore only those due before this date
 * @param status    the reconciled status, or CANCELLED
 * @param page      which page, counting from 0; {@code null}: the first
 * @param size      rows per page; {@code null}: all rows on one page
 */
public record ListMilestones(Boolean overdue,
                             String owner,
                             LocalDate dueBefore,
                             MilestoneStatus status,
                             Instant asOf,
                             Integer page,
                             Integer size) {

    public ListMilestones(Boolean overdue, String owner, LocalDate dueBefore, MilestoneStatus status, Instant asOf) {
        this(overdue, owner, dueBefore, status, asOf, null, null);
    }

    public static ListMilestones all() {
        return new ListMilestones(null, null, null, null, null);
    }

    /** Whether any filter narrows the rows: a filtered list matches the rows its reader may read, and only those. */
    public boolean filtered() {
        return overdue != null || owner != null || dueBefore != null || status != null;
    }

    /** The same filters, one page of them. */
    public ListMilestones page(int page, int size) {
        return new ListMilestones(overdue, owner, dueBefore, status, asOf, page, size);
    }
}
