package org.agreementtracker.api.meeting;

/** One meeting; answered with a {@link MeetingView}, or {@code null} when there is no such meeting. */
public record FindMeeting(String meetingId) {
}
