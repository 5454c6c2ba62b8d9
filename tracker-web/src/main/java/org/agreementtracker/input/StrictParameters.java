package org.agreementtracker.input;

import org.springframework.format.Formatter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Function;

/**
 * Query parameters of dates and instants ({@code dueBefore}, {@code asOf}) read as JSON bodies read them
 * ({@link IsoValues}); Spring's own would take {@code asOf=1} as a millisecond after 1970.
 */
public final class StrictParameters implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(LocalDate.class, iso(IsoValues::date));
        registry.addFormatterForFieldType(Instant.class, iso(IsoValues::instant));
    }

    /** Reads with {@code parse}; writes the value's own ISO form. */
    private static <T> Formatter<T> iso(Function<String, T> parse) {
        return new Formatter<>() {
            @Override
            public T parse(String text, Locale locale) {
                return parse.apply(text);
            }

            @Override
            public String print(T value, Locale locale) {
                return value.toString();
            }
        };
    }
}
