package org.agreementtracker.input;

import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Query parameters of dates and instants ({@code dueBefore}, {@code asOf}) read as JSON bodies read them
 * ({@link IsoValues}); Spring's own would take {@code asOf=1} as a millisecond after 1970.
 */
public final class StrictParameters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, new Formatter<LocalDate>() {
            @Override
            public LocalDate parse(String text, Locale locale) {
                return IsoValues.date(text);
            }

            @Override
            public String print(LocalDate date, Locale locale) {
                return date.toString();
            }
        });
        registry.addFormatterForFieldType(Instant.class, new Formatter<Instant>() {
            @Override
            public Instant parse(String text, Locale locale) {
                return IsoValues.instant(text);
            }

            @Override
            public String print(Instant instant, Locale locale) {
                return instant.toString();
            }
        });
    }
}
