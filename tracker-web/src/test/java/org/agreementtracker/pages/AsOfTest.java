package org.agreementtracker.pages;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How a page's moment is read from its address and from the date picker's fields. */
class AsOfTest {

    @Test
    void aDateAloneIsTheEndOfThatDayInUtc() {
        assertThat(AsOf.parse("2025-06-30")).isEqualTo(Instant.parse("2025-06-30T23:59:59.999999999Z"));
        assertThat(AsOfPicker.moment("2025-06-30", "")).isEqualTo(Instant.parse("2025-06-30T23:59:59.999999999Z"));
    }

    @Test
    void anInstantOrADateAndTimeIsThatMoment() {
        assertThat(AsOf.parse("2025-06-30T17:00:00Z")).isEqualTo(Instant.parse("2025-06-30T17:00:00Z"));
        assertThat(AsOfPicker.moment("2025-06-30", "17:05")).isEqualTo(Instant.parse("2025-06-30T17:05:00Z"));
        assertThat(AsOf.parse(" ")).as("blank is now").isNull();
    }

    @Test
    void whatIsNoMomentIsRefused() {
        assertThatThrownBy(() -> AsOf.parse("2025-06-31")).isInstanceOf(AsOf.InvalidMoment.class);
        assertThatThrownBy(() -> AsOf.parse("yesterday")).isInstanceOf(AsOf.InvalidMoment.class);
        assertThatThrownBy(() -> AsOfPicker.moment("2025-06-30", "25:00")).isInstanceOf(AsOf.InvalidMoment.class);
    }

    @Test
    void linksKeepTheMomentAndTheWayBackLeavesItOut() {
        AsOf past = new AsOf(Instant.parse("2025-06-30T17:00:00Z"), "/board?q=trade");

        assertThat(past.link("/board?q=trade&asOf=2020-01-01")).isEqualTo("/board?q=trade&asOf=2025-06-30T17:00:00Z");
        assertThat(past.day()).isEqualTo("2025-06-30");
        assertThat(past.time()).isEqualTo("17:00");
        assertThat(new AsOf(AsOf.parse("2025-06-30"), "/").time()).as("a whole day shows no time").isEmpty();
        assertThat(new AsOf(null, "/board").link("/board?q=trade")).isEqualTo("/board?q=trade");
    }
}
