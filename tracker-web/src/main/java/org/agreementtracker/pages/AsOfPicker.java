package org.agreementtracker.pages;

import io.swagger.v3.oas.annotations.Hidden;
import org.agreementtracker.security.Authorized;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The date picker in every page's header: its plain GET form (a date, optionally a time, in UTC) comes here and is
 * sent back to the page it came from with {@code ?asOf=<instant>}; no date is back to now. Also puts the page's
 * {@link AsOf} into every page's model, for the banner and the links.
 */
@Controller
@Hidden // a page, not part of the API's OpenAPI document
@ControllerAdvice(basePackages = "org.agreementtracker.pages")
public class AsOfPicker {

    static final String PATH = "/as-of";

    @ModelAttribute("asOf")
    AsOf asOf() {
        return AsOf.current();
    }

    @GetMapping(PATH)
    @PreAuthorize(Authorized.ANY_USER)
    public String pick(@RequestParam(required = false) String date, @RequestParam(required = false) String time,
                       @RequestParam(defaultValue = "/board") String back) {
        String page = local(back);
        if (date == null || date.isBlank()) {
            return "redirect:" + page;
        }
        return "redirect:" + new AsOf(moment(date, time), page).link(page);
    }

    /** The end of the day when no time is given: what the tracker knew by then. */
    static Instant moment(String date, String time) {
        try {
            LocalDate day = LocalDate.parse(date.strip());
            return time == null || time.isBlank()
                    ? AsOf.endOf(day)
                    : day.atTime(LocalTime.parse(time.strip())).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new AsOf.InvalidMoment(time == null || time.isBlank() ? date : date + " " + time);
        }
    }

    /** Only back to a page of this tracker: never a redirect to another site. */
    private static String local(String back) {
        boolean local = back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\")
                && back.chars().noneMatch(c -> c < 0x21);
        try {
            return local && UriComponentsBuilder.fromUriString(back).build(true) != null ? back : "/board";
        } catch (IllegalArgumentException notEncoded) {
            return "/board";
        }
    }
}
