package org.agreementtracker.api.meeting;

/**
 * The meetings' action items (API: {@code GET /actions}), due date first; every filter optional. Answered with a
 * {@code List<ActionView>}.
 *
 * @param owner   a body id
 * @param overdue {@code true}: only overdue ones; {@code false}: only those not overdue
 */
public record ListActions(String owner, ActionStatus status, Boolean overdue) {

    public static ListActions all() {
        return new ListActions(null, null, null);
    }
}
