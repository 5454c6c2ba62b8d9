package org.agreementtracker.api.meeting;

/** What the owner body says of an action item; DONE closes it. */
public enum ActionReportStatus {
    NOT_STARTED, IN_PROGRESS, DONE, BLOCKED
}
