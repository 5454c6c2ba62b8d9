package org.agreementtracker.api.history;

import org.agreementtracker.api.actor.Actor;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event of an agreement's history, as recorded ({@link FindAgreementHistory}).
 *
 * @param position      its position in the whole event log
 * @param sequence      its number within the agreement (the agreement's version after it)
 * @param type          what happened, e.g. {@code AgreementSigned}
 * @param recordedAt    when the tracker recorded it
 * @param occurredOn    the business date the submitter stated
 * @param actor         who caused it; {@code null} for the tracker itself
 * @param correlationId the request (or other message) that caused it
 * @param payload       the event's fields; for a payload that no longer reads, {@code {"unreadable": why}}
 * @param hash          the audit chain's hash of the commit that holds the event ({@code GET /audit/verify});
 *                      {@code null} for the moment between the event's recording and the chain's reaching it
 */
public record HistoryEntry(Long position,
                           long sequence,
                           String type,
                           Instant recordedAt,
                           LocalDate occurredOn,
                           Actor actor,
                           String correlationId,
                           Object payload,
                           String hash) {
}
