package org.agreementtracker.api.meeting;

import org.agreementtracker.api.actor.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded meeting (API: {@code GET /meetings/{id}}).
 *
 * @param recordedAt when the tracker recorded it
 * @param seenAt     the moment whose board the meeting saw: when it was recorded, or the end of the day it was held
 *                   on (UTC) if it was recorded later
 */
public record MeetingView(String id,
                          LocalDate heldOn,
                          String title,
                          List<String> attendees,
                          Instant recordedAt,
                          Actor recordedBy,
                          Instant seenAt) {
}
