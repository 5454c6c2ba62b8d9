package org.agreementtracker.demo;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.TrackerApplication;
import org.agreementtracker.agreement.RefRegistry;
import org.agreementtracker.projection.ReadYourWrites;
import org.agreementtracker.webtest.TestProjection;
import org.agreementtracker.webtest.Http;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tracker as a newcomer starts it, on the embedded store with no settings: the reference agreements are there,
 * recorded as commands like any other history, with examples labelled as such; a restart loads nothing twice.
 */
class DemoDataTest {

    private static final List<String> REFERENCE_REFS = List.of(
            "PKBY-2024-ROADMAP", "PKBY-2024-EXTRADITION", "PKBY-2025-READMISSION", "PKBY-2025-INTERIOR",
            "PKBY-2025-DEFENCE", "PKBY-2025-MTC-ROADMAP", "PKBY-2025-ENV-ACTION-PLAN", "PKBY-2025-POSTAL",
            "PKBY-2025-SME", "PKBY-2025-TRADE", "PKBY-2025-TRANSPORT", "PKBY-2025-LABOUR", "PKBY-2025-JV-AGRIMACH",
            "PKBY-2025-JV-EBUS", "PKBY-2025-MINING", "PKBY-2025-AGRI-YIELD", "PKBY-2015-TRADE-TARGET");

    @TempDir
    Path dataDirectory;

    private ConfigurableApplicationContext start(Class<?>... moreSources) {
        // command-line arguments, which override application.yml (builder properties would not)
        return new SpringApplicationBuilder(TrackerApplication.class).sources(moreSources)
                .run("--tracker.data-dir=" + dataDirectory, "--tracker.embedded.port=0", "--server.port=0",
                     "--spring.main.banner-mode=off",
                     "--tracker.security.users[0].username=auditor",
                     "--tracker.security.users[0].password={noop}auditor-password",
                     "--tracker.security.users[0].roles=AUDITOR",
                     "--tracker.security.users[0].clearance=SECRET",
                     "--tracker.security.users[0].compartments=DEFENCE",
                     "--tracker.security.users[1].username=officer",
                     "--tracker.security.users[1].password={noop}officer-password",
                     "--tracker.security.users[1].roles=MINISTRY",
                     "--tracker.security.users[1].side=PK",
                     "--tracker.security.users[1].body=PK-MOFA");
    }

    private static Http as(ConfigurableApplicationContext tracker) {
        int port = ((WebServerApplicationContext) tracker).getWebServer().getPort();
        return Http.to(port).as("auditor", "auditor-password");
    }

    @Test
    void theFirstStartLoadsTheReferenceAgreementsAndARestartLoadsNothingAgain() {
        long head;
        try (ConfigurableApplicationContext tracker = start()) {
            assertThat(tracker.getBean(org.agreementtracker.store.EmbeddedMongoServer.class).port())
                    .as("the test's own store").isNotEqualTo(27017);
            RefRegistry refs = tracker.getBean(RefRegistry.class);
            EventStore eventStore = tracker.getBean(EventStore.class);
            for (String ref : REFERENCE_REFS) {
                assertThat(refs.agreementIdOf(ref)).as(ref).hasValueSatisfying(
                        id -> assertThat(eventStore.lastSequenceNumberFor(id)).as(ref + " recorded").isPresent());
            }
            String labour = refs.agreementIdOf("PKBY-2025-LABOUR").orElseThrow();
            JsonNode history = as(tracker).get("/api/v1/agreements/" + labour + "/history").send().json();
            assertThat(types(history)).startsWith("AgreementRegistered", "AgreementAnnounced")
                                      .contains("MilestonePlanned", "MilestoneProgressReported", "ReviewRecorded");
            assertThat(history.get(1).path("occurredOn").asString()).isEqualTo("2025-04-11");
            assertThat(history.get(0).path("actor").path("user").asString()).isEqualTo(DemoDataLoader.DEMO_USER);
            StreamSupport.stream(history.spliterator(), false)
                         .filter(event -> event.path("type").asString().equals("MilestonePlanned"))
                         .forEach(planned -> assertThat(planned.path("payload").path("title").asString())
                                 .startsWith("Example: "));
            StreamSupport.stream(history.spliterator(), false)
                         .filter(event -> event.path("type").asString().equals("MilestoneProgressReported"))
                         .forEach(report -> assertThat(report.path("payload").path("note").asString())
                                 .startsWith("Example report: "));
            String defence = refs.agreementIdOf("PKBY-2025-DEFENCE").orElseThrow();
            JsonNode signed = as(tracker).get("/api/v1/agreements/" + defence + "/history").send().json().get(1);
            assertThat(signed.path("payload").path("place").asString()).isEqualTo("Minsk");
            assertThat(signed.path("payload").path("signatories").get(1).path("name").asString())
                    .isEqualTo("Defence Minister Viktor Khrenin");
            assertThat(signed.path("payload").path("signatories").get(1).path("side").asString()).isEqualTo("BY");
            // classified as such a package is: an officer of the default clearance meets the defence agreement
            // withheld, and the public portal lists only what is public
            int port = ((WebServerApplicationContext) tracker).getWebServer().getPort();
            JsonNode withheld = Http.to(port).as("officer", "officer-password")
                                    .get("/api/v1/agreements/" + defence).send().json();
            assertThat(withheld.path("withheld").path("level").asString()).isEqualTo("SECRET");
            assertThat(withheld.path("withheld").path("compartments").get(0).asString()).isEqualTo("DEFENCE");
            assertThat(Http.to(port).get("/api/v1/public/agreements").send().json().path("agreements").valueStream()
                           .map(agreement -> agreement.path("ref").asString()))
                    .contains("PKBY-2024-ROADMAP", "PKBY-2025-LABOUR")
                    .doesNotContain("PKBY-2025-DEFENCE", "PKBY-2025-MTC-ROADMAP", "PKBY-2025-INTERIOR",
                                    "PKBY-2025-READMISSION");
            var board = as(tracker).get("/api/v1/agreements").send();
            assertThat(board.header("X-Total-Count")).as("the board shows them at once").contains("17");
            JsonNode labourRow = board.json().valueStream()
                                      .filter(row -> row.path("ref").asString().equals("PKBY-2025-LABOUR"))
                                      .findFirst().orElseThrow();
            assertThat(labourRow.path("status").asString()).isEqualTo("ANNOUNCED");
            assertThat(labourRow.path("milestones").path("disputed").asInt()).as("the sides' counts differ")
                                                                          .isEqualTo(1);
            assertThat(labourRow.path("latestReview").path("confidence").asString()).isEqualTo("AMBER");
            JsonNode summary = as(tracker).get("/api/v1/boards/summary").send().json();
            assertThat(summary.path("byStatus").path("IN_FORCE").asInt()).as("roadmaps, programmes, plans, MoUs")
                                                                      .isEqualTo(6);
            assertThat(summary.path("milestones").path("confirmed").asInt()).isEqualTo(1);
            assertThat(summary.path("indicators").valueStream().map(i -> i.path("name").asString()))
                    .contains("Annual bilateral trade turnover", "Pakistani workers employed in Belarus under the "
                            + "framework");
            assertThat(as(tracker).get("/api/v1/milestones?owner=PK-MOFA").send().json().size())
                    .as("the demo officer ministry-pk (PK-MOFA) has a milestone of its own to report on")
                    .isGreaterThan(0);
            head = eventStore.createHeadToken().position().orElseThrow();
        }

        // restarted with a projection it did not have before, which catches up on everything recorded
        try (ConfigurableApplicationContext restarted = start(TestProjection.class)) {
            EventStore eventStore = restarted.getBean(EventStore.class);
            assertThat(eventStore.createHeadToken().position()).as("nothing appended on restart").hasValue(head);
            assertThat(restarted.getBean(MongoDatabase.class).getCollection(DemoDataLoader.MARKER_COLLECTION)
                                .countDocuments()).isEqualTo(1);
            String labour = restarted.getBean(RefRegistry.class).agreementIdOf("PKBY-2025-LABOUR").orElseThrow();
            long lastEvent = eventStore.lastSequenceNumberFor(labour).orElseThrow();
            assertThat(restarted.getBean(ReadYourWrites.class).awaitProjections(labour, lastEvent))
                    .as("the new projection caught up").isTrue();
            assertThat(TestProjection.lastSeen(labour)).isEqualTo(lastEvent);
        }
    }

    private static List<String> types(JsonNode history) {
        return StreamSupport.stream(history.spliterator(), false).map(event -> event.path("type").asString())
                            .toList();
    }
}
