package org.agreementtracker.agreement;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.agreement.AgreementSigned;
import org.agreementtracker.api.agreement.Party;
import org.agreementtracker.api.agreement.Signatory;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.eventstore.MongoCommitStorageEngine;
import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.FixedValueRevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store written by a tracker of revision 1 of {@link AgreementRegistered} (sectors as typed) is read by this one:
 * the stored events stay as they are, while the history, the boards and the aggregate see revision 2 (sectors as
 * upper-case codes), and the agreement takes new commands.
 */
@WebTest
class SchemaEvolutionHttpTest {

    private static final Actor ADMIN = Actor.admin("admin");
    private static final Actor PK_OFFICER = Actor.ministry("officer-pk-mod", "PK", "PK-MOD");

    @Autowired
    MongoDatabase database;

    @Autowired
    Api api;

    /** Writes the events as a tracker of revision 1 did: each its own commit, every payload of revision 1. */
    private void writtenByRevisionOne(String agreementId, List<Object> payloads, List<Actor> actors) {
        Serializer revisionOne = Jackson3Serializer.builder()
                                                   .revisionResolver(new FixedValueRevisionResolver("1"))
                                                   .build();
        MongoCommitStorageEngine formerTracker = MongoCommitStorageEngine.builder()
                                                                         .database(database)
                                                                         .eventSerializer(revisionOne)
                                                                         .snapshotSerializer(revisionOne)
                                                                         .build();
        for (int sequence = 0; sequence < payloads.size(); sequence++) {
            Map<String, Object> metaData = new HashMap<>(actors.get(sequence).toMetadata());
            metaData.put("occurredOn", "2025-04-11");
            formerTracker.appendEvents(new GenericDomainEventMessage<>("Agreement", agreementId, sequence,
                                                                       payloads.get(sequence), metaData));
        }
    }

    private JsonNode awaitBoardRow(String ref) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            JsonNode rows = api.as("auditor").get("/api/v1/agreements?q=" + ref).send().json();
            if (rows.size() == 1 && rows.get(0).path("milestones").path("total").asInt() == 1) {
                return rows.get(0);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The board never showed " + ref);
    }

    /** The milestone once the detail shows it {@code status}, or as it is after a while (the write waits a little). */
    private JsonNode awaitMilestone(String agreementId, String status) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode milestone = null;
        while (Instant.now().isBefore(deadline)) {
            milestone = api.as("auditor").get("/api/v1/agreements/" + agreementId).send().json()
                           .path("milestones").path(0);
            if (milestone.path("status").asString().equals(status)) {
                break;
            }
            Thread.sleep(100);
        }
        return milestone;
    }

    @Test
    void aStoreWrittenWithRevisionOneIsReadAsRevisionTwoByHistoryBoardsAndTheAggregate() throws Exception {
        String agreementId = UUID.randomUUID().toString();
        String ref = Api.uniqueRef("REV1");
        writtenByRevisionOne(agreementId, List.of(
                new AgreementRegistered(agreementId, ref, "Agreement on trade and defence industry",
                                        AgreementKind.AGREEMENT, List.of("Defence", "trade"),
                                        List.of(new Party("PK-MOD", "PK"), new Party("BY-MOD", "BY")), null, null,
                                        null, null),
                new AgreementSigned(agreementId, LocalDate.parse(Api.SIGNED_ON), "Minsk",
                                    List.of(new Signatory("Viktor Khrenin", "Minister", "BY"))),
                new MilestonePlanned(agreementId, "m-1", "Joint staff talks held", LocalDate.parse("2025-12-31"),
                                     "PK-MOD", "PK", 1, null),
                new MilestoneProgressReported(agreementId, "m-1", "r-1", "PK", "PK-MOD", PK_OFFICER,
                                              LocalDate.parse("2025-06-30"), ReportStatus.IN_PROGRESS, 50, null,
                                              "Talks scheduled", List.of())),
                             List.of(ADMIN, ADMIN, ADMIN, PK_OFFICER));

        // the store holds revision 1, as written, and keeps it
        Document stored = database.getCollection("events")
                                  .find(Filters.eq("events.aggregateId", agreementId)).first();
        Document registration = stored.getList("events", Document.class).get(0);
        assertThat(registration.getString("rev")).isEqualTo("1");
        assertThat(registration.get("payload", Document.class).getList("sectors", String.class))
                .containsExactly("Defence", "trade");

        // boards: the projections read revision 2
        JsonNode row = awaitBoardRow(ref);
        assertThat(row.path("sectors").toString()).isEqualTo("[\"DEFENCE\",\"TRADE\"]");
        assertThat(api.as("auditor").get("/api/v1/agreements?sector=TRADE&q=" + ref).send().json().size())
                .isEqualTo(1);
        assertThat(api.as("auditor").get("/api/v1/agreements/" + agreementId).send().json().path("sectors")
                      .toString()).isEqualTo("[\"DEFENCE\",\"TRADE\"]");

        // history: every event, the registration as revision 2
        JsonNode history = api.as("auditor").get("/api/v1/agreements/" + agreementId + "/history").send().json();
        assertThat(history.size()).isEqualTo(4);
        assertThat(history.get(0).path("type").asString()).isEqualTo("AgreementRegistered");
        assertThat(history.get(0).path("payload").path("sectors").toString()).isEqualTo("[\"DEFENCE\",\"TRADE\"]");
        assertThat(history.get(3).path("payload").path("reportId").asString()).isEqualTo("r-1");

        // the aggregate, rebuilt from the revision 1 events, takes new commands
        var report = api.as("officer-by-mod").post("/api/v1/agreements/" + agreementId + "/milestones/m-1/reports")
                        .json("{\"occurredOn\": \"2025-07-01\", \"status\": \"ACHIEVED\", \"note\": \"Talks held\"}")
                        .send();
        assertThat(report.status()).as(report.toString()).isEqualTo(201);
        assertThat(report.json().path("version").asLong()).isEqualTo(4);
        var correction = api.as("chair").post("/api/v1/events/" + history.get(3).path("position").asLong()
                                                      + "/correction")
                            .json("{\"reason\": \"Talks were held on 30 June\", "
                                          + "\"replacement\": {\"status\": \"ACHIEVED\", \"progressPercent\": 100}}")
                            .send();
        assertThat(correction.status()).as(correction.toString()).isEqualTo(201);
        JsonNode milestone = awaitMilestone(agreementId, "CONFIRMED");
        assertThat(milestone.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(milestone.path("reports").size()).isEqualTo(2);
    }
}
