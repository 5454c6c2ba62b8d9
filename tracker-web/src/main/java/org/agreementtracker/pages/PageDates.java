package org.agreementtracker.pages;

import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Instants as the pages show them: to the minute, in UTC, the tracker's zone for business dates too. */
@Component("pageDates")
public class PageDates {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
                                                                     .withZone(ZoneOffset.UTC);

    public String day(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC).format(instant);
    }

    public String at(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }
}
