package org.agreementtracker.api.milestone;

/** What one side states about a milestone. */
public enum ReportStatus {
    NOT_STARTED, IN_PROGRESS, ACHIEVED, BLOCKED
}
