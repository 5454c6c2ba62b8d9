package org.agreementtracker.api.meeting;

import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.classification.Redactable;
import org.agreementtracker.api.classification.Withheld;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One event the meeting could not know of: recorded after it, about a business date on or before it.
 *
 * @param agreementTitle the agreement's title, which a page groups the entries under
 * @param type       the event's type, e.g. {@code MilestoneProgressReported}
 * @param occurredOn the business date it states
 * @param summary    what it says, in a line
 * @param withheld   {@code null} unless the reader may not read what it is about; then nothing but its agreement's
 *                   id is given
 */
public record HindsightEntry(long position,
                             String agreementId,
                             String agreementRef,
                             String agreementTitle,
                             String type,
                             LocalDate occurredOn,
                             Instant recordedAt,
                             Actor actor,
                             String summary,
                             Withheld withheld) implements Redactable {

    public HindsightEntry(long position, String agreementId, String agreementRef, String agreementTitle, String type,
                          LocalDate occurredOn, Instant recordedAt, Actor actor, String summary) {
        this(position, agreementId, agreementRef, agreementTitle, type, occurredOn, recordedAt, actor, summary, null);
    }

    /**
     * The entry in place of one about an item the reader may not read; it keeps when it was recorded, for a page
     * that shows what was known by a moment (an answer shows its id and {@code withheld} only).
     */
    public static HindsightEntry withheld(long position, String agreementId, Instant recordedAt, Withheld withheld) {
        return new HindsightEntry(position, agreementId, null, null, null, null, recordedAt, null, null, withheld);
    }

    @Override
    public String withheldId() {
        return agreementId;
    }
}
