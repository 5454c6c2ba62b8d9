package org.agreementtracker.api.meeting;

import java.time.Instant;
import java.util.List;

/**
 * A meeting's agenda: drafted by the tracker from the board as of {@code asOf} against the board the last meeting saw,
 * or as the committee set it.
 *
 * @param asOf   the moment of the board it was drafted from: now for a planned meeting, what it saw for a held one
 * @param since  the last held meeting before it, whose board "changed since" compares with; {@code null}: none
 * @param edited whether the committee set it ({@code PUT /meetings/{id}/agenda}) rather than the tracker drafting it
 */
public record Agenda(String meetingId, Instant asOf, MeetingView since, boolean edited, List<AgendaItem> items) {
}
