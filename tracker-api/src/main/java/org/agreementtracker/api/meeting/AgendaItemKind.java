package org.agreementtracker.api.meeting;

/** Why an item is on a meeting's agenda (API: {@code GET /meetings/{id}/agenda}). */
public enum AgendaItemKind {
    /** A milestone due since the last meeting, or overdue, and not achieved. */
    OVERDUE_MILESTONE,
    /** A milestone whose sides' accounts disagree. */
    DISPUTED_MILESTONE,
    /** An agreement whose status, progress, confidence or reports changed since the last meeting. */
    CHANGED_SINCE_LAST_MEETING,
    /** An action item of an earlier meeting that is neither done nor dropped. */
    OPEN_ACTION,
    /** A body that has gone silent on what it owes (the reporting cycle names these). */
    ESCALATION,
    /** An agreement whose committee confidence is lower than at the last meeting. */
    CONFIDENCE_FELL
}
