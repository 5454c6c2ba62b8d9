package org.agreementtracker.api.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Records a meeting of the committee (API: {@code POST /meetings}), by the committee or an administrator.
 *
 * @param heldOn    the date it was held, not in the future
 * @param attendees who attended, at least one name
 */
public record RecordMeeting(@TargetAggregateIdentifier String meetingId,
                            LocalDate heldOn,
                            String title,
                            List<String> attendees) {

    public RecordMeeting {
        // a copy that keeps null names, which the meeting refuses with a precise message
        attendees = attendees == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(attendees));
    }
}
