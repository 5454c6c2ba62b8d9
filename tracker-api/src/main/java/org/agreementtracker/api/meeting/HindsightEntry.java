package org.agreementtracker.api.meeting;

import org.agreementtracker.api.actor.Actor;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event the meeting could not know of: recorded after it, about a business date on or before it.
 *
 * @param type       the event's type, e.g. {@code MilestoneProgressReported}
 * @param occurredOn the business date it states
 * @param summary    what it says, in a line
 */
public record HindsightEntry(long position,
                             String agreementId,
                             String agreementRef,
                             String type,
                             LocalDate occurredOn,
                             Instant recordedAt,
                             Actor actor,
                             String summary) {
}
