package org.agreementtracker.classification;

import org.agreementtracker.projection.ReadYourWrites;
import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** A declassification scheduled for a day happens by itself on that day, once, and not before. */
@WebTest
class DeclassificationHttpTest {

    @Autowired
    Api api;
    @Autowired
    Classifications classifications;
    @Autowired
    CommandGateway commands;
    @Autowired
    ReadYourWrites readYourWrites;

    private DeclassificationClock clockOn(LocalDate day) {
        return new DeclassificationClock(classifications, commands, readYourWrites,
                                         Clock.fixed(day.atTime(6, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
                                         Duration.ofHours(1));
    }

    @Test
    void theClockDeclassifiesOnTheDayScheduledAndOnlyOnce() {
        String id = api.registeredAgreement();
        LocalDate publicFrom = LocalDate.now(ZoneOffset.UTC).plusDays(30);
        var classified = api.as("cleared-committee").post("/api/v1/agreements/" + id + "/classification").json("""
                {"level": "SECRET", "compartments": ["DEFENCE"], "reason": "Deliveries under way",
                 "declassifyOn": "%s"}""".formatted(publicFrom)).send();
        assertThat(classified.status()).as(classified.toString()).isEqualTo(200);

        assertThat(clockOn(publicFrom.minusDays(1)).declassifyDue()).as("not before its day").isZero();
        assertThat(api.as("officer-pk").get("/api/v1/agreements/" + id).send().json().path("withheld").isObject())
                .isTrue();

        int declassified = clockOn(publicFrom).declassifyDue();
        JsonNode history = api.history(id);

        assertThat(declassified).isGreaterThanOrEqualTo(1);
        assertThat(Api.last(history).path("type").asString()).isEqualTo("AgreementDeclassified");
        assertThat(Api.last(history).path("occurredOn").asString()).isEqualTo(publicFrom.toString());
        assertThat(api.as("officer-pk").get("/api/v1/agreements/" + id).send().json().path("classification")
                      .path("level").asString()).isEqualTo("PUBLIC");
        assertThat(api.anonymous().get("/api/v1/public/agreements").send().body()).contains(id);
        int events = history.size();
        clockOn(publicFrom.plusDays(1)).declassifyDue();
        assertThat(api.history(id).size()).as("a second tick, or a second node, changes nothing").isEqualTo(events);
    }
}
