package org.agreementtracker.api.meeting;

import org.agreementtracker.api.actor.Actor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded meeting (API: {@code GET /meetings/{id}}).
 *
 * @param heldOn     the day it was held, or for a PLANNED meeting the day it is planned for
 * @param attendees  who attended; for a PLANNED meeting, who is invited
 * @param recordedAt when the tracker recorded it as held, or as planned while it is only planned
 * @param seenAt     the moment whose board the meeting saw: when it was recorded as held, or the end of the day it
 *                   was held on (UTC) if it was recorded later; {@code null} while it is only planned
 * @param decisions  its minutes' decisions, in the order recorded
 */
public record MeetingView(String id,
                          MeetingStatus status,
                          LocalDate heldOn,
                          String title,
                          List<String> attendees,
                          Instant recordedAt,
                          Actor recordedBy,
                          Instant seenAt,
                          List<DecisionView> decisions) {

    public boolean held() {
        return status == MeetingStatus.HELD;
    }
}
