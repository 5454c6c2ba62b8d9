package org.agreementtracker.input;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * The one way dates and instants are written in the tracker's input, in JSON bodies and query parameters alike:
 * {@code 2025-04-11} (four-digit year, a day the calendar has) and {@code 2025-04-11T10:15:30Z} (UTC, ISO-8601).
 * Nothing else is guessed at: not epoch numbers, not {@code 4/11/25}, not an HTTP date.
 */
public final class IsoValues {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private IsoValues() {
    }

    /** @throws DateTimeException if {@code text} is not such a date */
    public static LocalDate date(String text) {
        if (!DATE.matcher(text).matches()) {
            throw new DateTimeException("not a date such as 2025-04-11");
        }
        return LocalDate.parse(text);
    }

    /** @throws DateTimeException if {@code text} is not such an instant */
    public static Instant instant(String text) {
        return DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
    }
}
