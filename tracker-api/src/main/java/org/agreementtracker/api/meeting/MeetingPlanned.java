package org.agreementtracker.api.meeting;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** A meeting of the committee was planned for a date, with the people invited to it. */
@Revision("1")
public record MeetingPlanned(String meetingId, LocalDate plannedOn, String title, List<String> invited) {

    public MeetingPlanned {
        invited = invited == null ? List.of() : List.copyOf(invited);
    }
}
