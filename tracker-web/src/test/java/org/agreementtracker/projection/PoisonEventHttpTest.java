package org.agreementtracker.projection;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.audit.AuditChainProjection;
import org.agreementtracker.eventstore.MongoCommitStorageEngine;
import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event no projection and no aggregate can read (a report whose status this tracker does not know, as a tracker
 * of another version might have written it) is written into the store beside the events of two agreements: the
 * projections park it and go on; health names it; the rest of the tracker works as before; the poisoned agreement's
 * reads answer as they stood before it and its writes are refused in words; an administrator lists, retries and
 * evicts the parked events. In an application of its own, so that no other test meets the poison.
 */
@WebTest
@TestPropertySource(properties = "tracker.projections.await-on-write=5s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoisonEventHttpTest {

    private static final List<String> PARKING = List.of("agreement-board", "agreement-detail", "bodies-board",
                                                        "milestones");

    @Autowired
    Api api;

    @Autowired
    MongoDatabase database;

    private String poisoned;
    private String poisonedMilestone;
    private String healthy;
    private String healthyMilestone;

    @BeforeAll
    void poisonOneAgreement() throws InterruptedException {
        poisoned = api.signedAgreement();
        poisonedMilestone = api.plannedMilestone(poisoned);
        healthy = api.signedAgreement();
        healthyMilestone = api.plannedMilestone(healthy);
        long version = api.read("/api/v1/agreements/" + poisoned).path("version").asLong();

        Map<String, Object> payload = new HashMap<>();
        payload.put("agreementId", poisoned);
        payload.put("milestoneId", poisonedMilestone);
        payload.put("reportId", "poison-report");
        payload.put("side", "PK");
        payload.put("body", "PK-MOD");
        payload.put("status", "EXPLODED");
        payload.put("note", "A status this tracker has never heard of");
        Map<String, Object> metaData = new HashMap<>(Actor.ministry("officer-pk-mod", "PK", "PK-MOD").toMetadata());
        metaData.put("occurredOn", "2025-06-01");
        MongoCommitStorageEngine.builder()
                                .database(database)
                                .eventSerializer(new TypeNamed(MilestoneProgressReported.class, "1"))
                                .snapshotSerializer(Jackson3Serializer.builder().build())
                                .build()
                                .appendEvents(new GenericDomainEventMessage<>("Agreement", poisoned, version + 1,
                                                                              payload, metaData));
        await("every projection that parks has parked the poison",
              () -> api.as("admin").get("/api/v1/admin/dead-letters").send().json(),
              letters -> PARKING.stream().allMatch(processor -> contains(letters, processor, poisoned)));
    }

    @AfterAll
    void evictWhatIsLeft() {
        for (JsonNode sequence : api.as("admin").get("/api/v1/admin/dead-letters").send().json()) {
            api.as("admin").method("DELETE", "/api/v1/admin/dead-letters/" + sequence.path("processor").asString()
                    + "/" + sequence.path("sequence").asString()).send();
        }
    }

    @Test
    void healthIsOutOfServiceAndNamesTheParkedEvent() {
        JsonNode health = api.as("admin").get("/actuator/health").send().json();

        assertThat(health.path("status").asString()).isEqualTo("OUT_OF_SERVICE");
        JsonNode board = health.path("components").path("projection").path("details").path("processors")
                               .path("agreement-board");
        assertThat(board.path("parked").asLong()).isEqualTo(1);
        assertThat(board.path("firstParked").path("sequence").asString()).isEqualTo(poisoned);
        assertThat(board.path("firstParked").path("event").path("type").asString())
                .isEqualTo("MilestoneProgressReported");
        assertThat(board.path("running").asBoolean()).isTrue();
    }

    @Test
    void theParkedEventIsCountedInAMetric() {
        String scrape = api.anonymous().get("/actuator/prometheus").send().body();

        assertThat(scrape).contains("tracker_projection_parked{processor=\"agreement-board\"} 1.0");
        assertThat(scrape).contains("tracker_projection_parked{processor=\"meetings\"} 0.0");
    }

    @Test
    void theOtherAgreementsAreWrittenAndReadAtOnce() {
        Instant before = Instant.now();
        String report = api.reportedProgress(healthy, healthyMilestone, """
                {"status": "IN_PROGRESS", "progressPercent": 40, "note": "Talks under way"}
                """);
        Duration took = Duration.between(before, Instant.now());

        assertThat(took).as("a write waits for the projections, which are not stuck").isLessThan(Duration.ofSeconds(4));
        JsonNode detail = api.read("/api/v1/agreements/" + healthy);
        assertThat(detail.path("milestones").get(0).toString()).contains(report, "Talks under way");
        JsonNode row = api.read("/api/v1/milestones?owner=PK-MOD&size=500");
        assertThat(row.toString()).contains(healthyMilestone);
    }

    @Test
    void thePoisonedAgreementReadsAsItStoodBeforeThePoison() {
        var detail = api.as("auditor").get("/api/v1/agreements/" + poisoned).send();
        var history = api.as("auditor").get("/api/v1/agreements/" + poisoned + "/history").send();
        var asOf = api.as("auditor").get("/api/v1/agreements?asOf=" + Instant.now()).send();
        var agreementAsOf = api.as("auditor").get("/api/v1/agreements/" + poisoned + "?asOf=" + Instant.now()).send();

        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.json().path("milestones").get(0).path("reports").toString()).doesNotContain("EXPLODED");
        assertThat(history.status()).isEqualTo(200);
        JsonNode last = Api.last(history.json());
        assertThat(last.path("type").asString()).isEqualTo("MilestoneProgressReported");
        assertThat(last.path("payload").path("unreadable").asString()).startsWith("The recorded payload cannot be read");
        assertThat(asOf.status()).as(asOf.toString()).isEqualTo(200);
        assertThat(asOf.body()).contains(poisoned, healthy);
        assertThat(agreementAsOf.status()).as(agreementAsOf.toString()).isEqualTo(200);
        assertThat(agreementAsOf.json().path("version").asLong()).isEqualTo(detail.json().path("version").asLong());
    }

    @Test
    void writesToThePoisonedAgreementAreRefusedInWordsAndRecordNothing() {
        long events = api.history(poisoned).size();

        var answer = api.as("officer-pk-mod")
                        .post("/api/v1/agreements/" + poisoned + "/milestones/" + poisonedMilestone + "/reports")
                        .json("{\"status\": \"IN_PROGRESS\", \"note\": \"after the poison\"}").send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("code").asString()).isEqualTo("HISTORY_UNREADABLE");
        assertThat(answer.json().path("detail").asString()).contains(poisoned, "MilestoneProgressReported");
        assertThat(answer.body()).doesNotContain("Exception", "jackson");
        assertThat(api.history(poisoned).size()).isEqualTo(events);
    }

    @Test
    void theAuditChainCoversThePoisonAndStaysIntact() {
        JsonNode verification = await("the chain reaches the head",
                                      () -> api.as("auditor").get("/api/v1/audit/verify").send().json(),
                                      answer -> answer.path("headPosition").asLong() > 0
                                              && answer.path("status").asString().equals("INTACT"));

        assertThat(verification.path("status").asString()).isEqualTo("INTACT");
    }

    @Test
    void aRetryThatFailsAgainLeavesItParkedAndAnEvictionLetsItGo() {
        var retried = api.as("admin").post("/api/v1/admin/dead-letters/milestones/" + poisoned + "/retry").send();

        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.json().path("retried").asBoolean()).isFalse();
        assertThat(retried.json().path("stillParked").asLong()).isEqualTo(1);

        var evicted = api.as("admin").method("DELETE", "/api/v1/admin/dead-letters/milestones/" + poisoned).send();

        assertThat(evicted.status()).as(evicted.toString()).isEqualTo(200);
        assertThat(evicted.json().path("stillParked").asLong()).isZero();
        assertThat(contains(api.as("admin").get("/api/v1/admin/dead-letters").send().json(), "milestones", poisoned))
                .isFalse();
        assertThat(database.getCollection(DeadLetterConfiguration.COLLECTION)
                           .countDocuments(new Document("processingGroup", "agreement-board"))).isEqualTo(1);
    }

    @Test
    void onlyAnAdministratorSeesOrTouchesTheParkedEvents() {
        for (String user : List.of("committee", "auditor", "officer-pk-mod")) {
            assertThat(api.as(user).get("/api/v1/admin/dead-letters").send().status()).as(user).isEqualTo(403);
            assertThat(api.as(user).post("/api/v1/admin/dead-letters/agreement-board/" + poisoned + "/retry")
                          .send().status()).as(user).isEqualTo(403);
            assertThat(api.as(user).method("DELETE", "/api/v1/admin/dead-letters/agreement-board/" + poisoned)
                          .send().status()).as(user).isEqualTo(403);
        }
        assertThat(contains(api.as("admin").get("/api/v1/admin/dead-letters").send().json(), "agreement-board",
                            poisoned)).isTrue();
    }

    @Test
    void unknownProcessorsAndSequencesAre404() {
        assertThat(api.as("admin").post("/api/v1/admin/dead-letters/no-such-projection/x/retry").send().status())
                .isEqualTo(404);
        assertThat(api.as("admin").post("/api/v1/admin/dead-letters/" + AuditChainProjection.PROCESSING_GROUP + "/"
                                                + poisoned + "/retry").send()
                      .status()).isEqualTo(404);
        assertThat(api.as("admin").method("DELETE", "/api/v1/admin/dead-letters/agreement-board/" + healthy).send()
                      .status()).isEqualTo(404);
    }

    private static boolean contains(JsonNode letters, String processor, String sequence) {
        for (JsonNode letter : letters) {
            if (letter.path("processor").asString().equals(processor)
                    && letter.path("sequence").asString().equals(sequence)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode await(String what, java.util.function.Supplier<JsonNode> read, Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        JsonNode last = null;
        while (Instant.now().isBefore(deadline)) {
            last = read.get();
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("Never: " + what + "; last seen " + last);
    }

    /** Serializes whatever it is given as an event of {@code type}: how a payload the tracker cannot read is made. */
    private static final class TypeNamed implements Serializer {

        private final Serializer json = Jackson3Serializer.builder().build();
        private final SerializedType type;

        TypeNamed(Class<?> type, String revision) {
            this.type = new SimpleSerializedType(type.getName(), revision);
        }

        @Override
        public <T> SerializedObject<T> serialize(Object object, Class<T> representation) {
            SerializedObject<T> serialized = json.serialize(object, representation);
            return object instanceof MetaData ? serialized
                    : new SimpleSerializedObject<>(serialized.getData(), representation, type);
        }

        @Override
        public <T> boolean canSerializeTo(Class<T> representation) {
            return json.canSerializeTo(representation);
        }

        @Override
        public <S, T> T deserialize(SerializedObject<S> serialized) {
            return json.deserialize(serialized);
        }

        @Override
        public Class classForType(SerializedType serializedType) {
            return json.classForType(serializedType);
        }

        @Override
        public SerializedType typeForClass(Class type) {
            return json.typeForClass(type);
        }

        @Override
        public Converter getConverter() {
            return json.getConverter();
        }
    }
}
