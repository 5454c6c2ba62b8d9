package org.agreementtracker.api.meeting;

import org.axonframework.serialization.Revision;

import java.util.List;

/** The committee set a planned meeting's agenda, in its order. */
@Revision("1")
public record AgendaSet(String meetingId, List<AgendaItem> items) {

    public AgendaSet {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
