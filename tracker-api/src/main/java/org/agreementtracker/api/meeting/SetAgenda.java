package org.agreementtracker.api.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The committee's agenda for a planned meeting (API: {@code PUT /meetings/{id}/agenda}): the drafted items reordered,
 * edited or left out. It takes the draft's place until the meeting is held.
 */
public record SetAgenda(@TargetAggregateIdentifier String meetingId, List<AgendaItem> items) {

    public SetAgenda {
        items = items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }
}
