package org.agreementtracker.api.meeting;

/** Every recorded meeting, the latest held first; answered with a {@code List<MeetingView>}. */
public record ListMeetings() {
}
