package org.agreementtracker.api.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Records that a planned meeting was held (API: {@code POST /meetings/{id}/held}).
 *
 * @param heldOn {@code null}: the day it was planned for
 */
public record RecordMeetingHeld(@TargetAggregateIdentifier String meetingId, LocalDate heldOn, List<String> attendees) {

    public RecordMeetingHeld {
        attendees = attendees == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(attendees));
    }
}
