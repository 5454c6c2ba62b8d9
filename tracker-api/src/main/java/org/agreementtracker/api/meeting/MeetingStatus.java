package org.agreementtracker.api.meeting;

/** A meeting is planned (its agenda drafted, its pack sent) before it is held (its minutes recorded). */
public enum MeetingStatus {
    PLANNED, HELD
}
