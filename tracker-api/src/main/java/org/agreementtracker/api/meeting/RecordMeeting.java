package org.agreementtracker.api.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Records a meeting of the committee (API: {@code POST /meetings}), by the committee or an administrator: one that was
 * held, or one that is planned.
 *
 * @param heldOn    the date it was held, not in the future; for a PLANNED meeting, the date it is planned for
 * @param attendees who attended, at least one name; for a PLANNED meeting, who is invited (may be empty)
 * @param status    {@code null}: HELD
 */
public record RecordMeeting(@TargetAggregateIdentifier String meetingId,
                            LocalDate heldOn,
                            String title,
                            List<String> attendees,
                            MeetingStatus status) {

    public RecordMeeting {
        // a copy that keeps null names, which the meeting refuses with a precise message
        attendees = attendees == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(attendees));
        status = status == null ? MeetingStatus.HELD : status;
    }

    public RecordMeeting(String meetingId, LocalDate heldOn, String title, List<String> attendees) {
        this(meetingId, heldOn, title, attendees, MeetingStatus.HELD);
    }
}
