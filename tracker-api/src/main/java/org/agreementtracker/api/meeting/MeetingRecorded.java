package org.agreementtracker.api.meeting;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A meeting of the committee was recorded; when, is the event's timestamp. */
@Revision("1")
public record MeetingRecorded(String meetingId, LocalDate heldOn, String title, List<String> attendees) {

    public MeetingRecorded {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }
}
