package org.agreementtracker.api.meeting;

/** A meeting as a command left it: the sequence number of its latest event, which read-your-writes waits for. */
public record MeetingVersion(String meetingId, long version) {
}
