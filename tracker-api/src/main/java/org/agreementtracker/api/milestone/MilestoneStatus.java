package org.agreementtracker.api.milestone;

import java.time.LocalDate;

/**
 * Where a milestone stands once both sides' accounts are reconciled (see {@link Reconciliation}), or CANCELLED.
 * <ul>
 *     <li>NOT_REPORTED: no side has reported;</li>
 *     <li>NOT_STARTED, IN_PROGRESS, BLOCKED: no side claims it achieved; the gravest account shows (BLOCKED over
 *     IN_PROGRESS over NOT_STARTED);</li>
 *     <li>CLAIMED: some side says ACHIEVED and no side contradicts it: the others are silent, or their latest
 *     account is older than the claim (out of step: written before the claim, it does not answer it);</li>
 *     <li>CONFIRMED: every side of the agreement says ACHIEVED;</li>
 *     <li>DISPUTED: one side says ACHIEVED while another's latest account, dated on or after that claim, says it
 *     is not (NOT_STARTED, IN_PROGRESS or BLOCKED); or the sides' indicator values for the same date differ;</li>
 *     <li>CANCELLED: the milestone was cancelled (set by whoever knows that, never by reconciliation).</li>
 * </ul>
 */
public enum MilestoneStatus {
    NOT_REPORTED, NOT_STARTED, IN_PROGRESS, BLOCKED, CLAIMED, CONFIRMED, DISPUTED, CANCELLED;

    /** Achieved by at least one side's account, uncontested: what boards count as "achieved". */
    public boolean achieved() {
        return this == CLAIMED || this == CONFIRMED;
    }

    /** Still to be done: neither cancelled nor achieved. Open and achieved milestones make up all live ones. */
    public boolean open() {
        return this != CANCELLED && !achieved();
    }

    /** Open and due before {@code today}. */
    public boolean overdue(LocalDate dueOn, LocalDate today) {
        return open() && dueOn != null && dueOn.isBefore(today);
    }
}
