package org.agreementtracker.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The moment a page shows: the request's {@code asOf} parameter (the API's {@code asOf}: an instant, or a date for
 * the end of that day in UTC), or now when it has none. Every page query takes it from {@link #now()}, and every link
 * of a page keeps it ({@link #link(String)}), so that a page in the past stays in the past as one clicks around.
 *
 * @param at       the instant asked for; {@code null} for now
 * @param nowLink  the page asked for without its {@code asOf}: the way back to now
 */
public record AsOf(Instant at, String nowLink) {

    public static final String PARAMETER = "asOf";
    private static final String ATTRIBUTE = AsOf.class.getName();

    /** The instant the current request's page shows, for its queries; {@code null} (the live read models) for now. */
    public static Instant now() {
        return current().at();
    }

    /**
     * For pages that write (the ministry's report form): they read the present whatever the address asks, since a
     * report is recorded against what the tracker knows now.
     */
    public static Instant present() {
        return null;
    }

    /** The moment of the current request, read once; an {@code asOf} that is no moment is an {@link InvalidMoment}. */
    public static AsOf current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (!(attributes instanceof ServletRequestAttributes servlet)) {
            return new AsOf(null, "/");
        }
        HttpServletRequest request = servlet.getRequest();
        if (request.getAttribute(ATTRIBUTE) instanceof AsOf known) {
            return known;
        }
        AsOf asOf = new AsOf(parse(request.getParameter(PARAMETER)), withoutMoment(request));
        request.setAttribute(ATTRIBUTE, asOf);
        return asOf;
    }

    /** The address asked for without its {@code asOf}; only its path when its query is not well encoded. */
    private static String withoutMoment(HttpServletRequest request) {
        try {
            return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                                       .replaceQueryParam(PARAMETER).build(true).toUriString();
        } catch (IllegalArgumentException notEncoded) {
            return request.getRequestURI();
        }
    }

    /** An instant, or a date for the end of that day in UTC; blank for now. */
    static Instant parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String moment = value.strip();
        try {
            return moment.length() == 10 ? endOf(LocalDate.parse(moment)) : Instant.parse(moment);
        } catch (DateTimeParseException e) {
            throw new InvalidMoment(value);
        }
    }

    /** The last instant of a day in UTC: what the tracker knew by its end. */
    static Instant endOf(LocalDate day) {
        return day.atTime(LocalTime.MAX).toInstant(ZoneOffset.UTC);
    }

    /** Whether the page shows the past rather than now: then it offers nothing to write. */
    public boolean past() {
        return at != null;
    }

    /** {@code path} (which may carry a query already) at this page's moment. */
    public String link(String path) {
        return at == null ? path : UriComponentsBuilder.fromUriString(path).replaceQueryParam(PARAMETER, at)
                                                       .build(true).toUriString();
    }

    /** The day and time asked for, as the picker's fields show them. */
    public String day() {
        return at == null ? "" : LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }

    /** Empty for the end of a day, which is what a date alone asks for. */
    public String time() {
        return at == null || at.equals(endOf(LocalDate.ofInstant(at, ZoneOffset.UTC)))
                ? "" : LocalTime.ofInstant(at, ZoneOffset.UTC).withSecond(0).withNano(0).toString();
    }

    /** An {@code asOf} that is neither an instant nor a date: the page answers 400 and says so. */
    public static class InvalidMoment extends RuntimeException {

        private final String value;

        InvalidMoment(String value) {
            super("Not a moment: " + value);
            this.value = value;
        }

        public String value() {
            return value;
        }
    }
}
