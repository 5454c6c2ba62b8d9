package org.agreementtracker.pages.agreement;

import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.classification.Withheld;
import org.agreementtracker.api.history.HistoryEntry;
import org.agreementtracker.classification.Redaction;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One event of an agreement's history as its timeline shows it: what happened, when it happened and was recorded,
 * who caused it, the event's own values in short, and the chain hash that seals it.
 *
 * @param correctedSequence for a correction, the number of the event it corrects; otherwise {@code null}
 * @param reason            for a correction, why
 * @param summary           the event's values, {@code name: value}, without the ids (the API's history has them)
 */
public record HistoryLine(long sequence, String type, LocalDate occurredOn, Instant recordedAt, Actor actor,
                          Long correctedSequence, String reason, String summary, String hash) {

    /** Past this many characters the summary is cut: the API's history has every value. */
    static final int SUMMARY_LENGTH = 240;
    private static final Set<String> LEFT_OUT = Set.of("correctedSequence", "correctedPosition", "expectedVersion");

    static HistoryLine of(HistoryEntry entry) {
        Object payload = entry.payload();
        Object corrected = value(payload, "correctedSequence");
        Object reason = value(payload, "reason");
        return new HistoryLine(entry.sequence(), entry.type(), entry.occurredOn(), entry.recordedAt(), entry.actor(),
                               corrected instanceof Number number ? number.longValue() : null,
                               corrected != null && reason != null ? reason.toString() : null,
                               summaryOf(payload), entry.hash());
    }

    /** An event about an item the viewer may not read: its summary says at which level, nothing else of it. */
    public boolean withheld() {
        return Redaction.WITHHELD_TYPE.equals(type);
    }

    public boolean correction() {
        return correctedSequence != null;
    }

    /** The hash as a person compares it at a glance; the whole of it is in the element's title. */
    public String shortHash() {
        return hash == null ? null : hash.substring(0, Math.min(12, hash.length())) + "…";
    }

    private static String summaryOf(Object payload) {
        if (payload instanceof Map<?, ?> redacted && redacted.get("withheld") instanceof Withheld withheld) {
            return withheld.describe() + " · " + withheld.reason();
        }
        if (payload == null || !payload.getClass().isRecord()) {
            return "";
        }
        boolean correction = value(payload, "correctedSequence") != null;
        List<String> parts = new ArrayList<>();
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            String shown = shown(value(payload, component.getName()));
            boolean shownApart = correction && component.getName().equals("reason");
            boolean id = component.getName().endsWith("Id");
            if (!LEFT_OUT.contains(component.getName()) && !id && !shownApart && shown != null) {
                parts.add(component.getName() + ": " + shown);
            }
        }
        String summary = String.join(" · ", parts);
        return summary.length() <= SUMMARY_LENGTH ? summary : summary.substring(0, SUMMARY_LENGTH - 1) + "…";
    }

    /** Plain values as they are, lists of them joined, anything larger as the number of its items. */
    private static String shown(Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Enum<?>
                || value instanceof Boolean || value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Collection<?> items) {
            if (items.isEmpty()) {
                return null;
            }
            List<String> plain = items.stream().map(item -> item != null && item.getClass().isRecord() ? null
                    : shown(item)).toList();
            return plain.contains(null) ? items.size() + " ×" : String.join(", ", plain);
        }
        return null;
    }

    private static Object value(Object payload, String name) {
        if (payload == null || !payload.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(payload);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
