package org.agreementtracker.api.meeting;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A planned meeting was held, on a date, by those who attended; when the tracker learned it is the timestamp. */
@Revision("1")
public record MeetingHeld(String meetingId, LocalDate heldOn, List<String> attendees) {

    public MeetingHeld {
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }
}
