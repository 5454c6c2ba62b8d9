package org.agreementtracker.projection;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.audit.AuditChainProjection;
import org.agreementtracker.board.AgreementBoardProjection;
import org.agreementtracker.board.BoardFacets;
import org.agreementtracker.readmodel.Postings;
import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administrator sees where each projection stands and rebuilds one while the tracker keeps serving; the rebuilt
 * read model equals the one built live. The audit chain is never rebuilt, and no one but an administrator may do any
 * of it.
 */
@WebTest
class ProjectionsAdminHttpTest {

    private static final List<String> BOARD_COLLECTIONS = List.of(AgreementBoardProjection.COLLECTION,
                                                                  BoardFacets.COLLECTION);

    @Autowired
    MongoDatabase database;

    @Autowired
    Api api;

    @Test
    void theListShowsEachProjectionCaughtUpWithTheHead() {
        api.signedAgreement();

        var answer = api.as("admin").get("/api/v1/admin/projections").send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        Map<String, JsonNode> byName = byName(answer.json());
        assertThat(byName).containsKeys(AgreementBoardProjection.PROCESSING_GROUP, "agreement-detail", "milestones",
                                        "bodies-board", AuditChainProjection.PROCESSING_GROUP);
        JsonNode board = byName.get(AgreementBoardProjection.PROCESSING_GROUP);
        assertThat(board.path("status").asString()).isEqualTo("RUNNING");
        assertThat(board.path("replaying").asBoolean()).isFalse();
        assertThat(board.path("position").asLong()).isPositive().isEqualTo(board.path("headPosition").asLong());
        assertThat(board.path("progressPercent").asInt()).isEqualTo(100);
        assertThat(board.path("rebuildable").asBoolean()).isTrue();
        assertThat(byName.get(AuditChainProjection.PROCESSING_GROUP).path("rebuildable").asBoolean()).isFalse();
    }

    @Test
    void aRebuiltProjectionEqualsTheOneBuiltLiveAndTheTrackerServesMeanwhile() {
        String id = api.signedAgreement();
        api.plannedMilestone(id);
        api.as("chair").post("/api/v1/agreements/" + id + "/entry-into-force")
           .json("{\"effectiveOn\": \"2025-05-01\"}").send();
        Map<String, List<Document>> live = stored(BOARD_COLLECTIONS);
        assertThat(live.get(AgreementBoardProjection.COLLECTION)).isNotEmpty();

        var answer = api.as("admin").post("/api/v1/admin/projections/agreement-board/rebuild").send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        assertThat(answer.json().path("name").asString()).isEqualTo(AgreementBoardProjection.PROCESSING_GROUP);
        assertThat(answer.json().path("replaying").asBoolean()).isTrue();
        // the tracker goes on answering reads and writes while the projection replays
        assertThat(api.as("auditor").get("/api/v1/agreements").send().status()).isEqualTo(200);
        String during = api.registeredAgreement();
        JsonNode board = awaitCaughtUp(AgreementBoardProjection.PROCESSING_GROUP);
        assertThat(board.path("status").asString()).isEqualTo("RUNNING");

        assertThat(withoutAgreement(stored(BOARD_COLLECTIONS), during, live)).isEqualTo(live);
    }

    @Test
    void theAuditChainIsNeverRebuilt() {
        var answer = api.as("admin").post("/api/v1/admin/projections/" + AuditChainProjection.PROCESSING_GROUP
                                                  + "/rebuild").send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(api.as("auditor").get("/api/v1/audit/verify").send().json().path("status").asString())
                .isEqualTo("INTACT");
    }

    @Test
    void anUnknownProjectionIsNotFound() {
        var answer = api.as("admin").post("/api/v1/admin/projections/no-such-projection/rebuild").send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("detail").asString()).contains("no-such-projection");
    }

    @Test
    void onlyAnAdministratorSeesOrRebuildsProjections() {
        for (String user : List.of("committee", "auditor", "officer-pk")) {
            assertThat(api.as(user).get("/api/v1/admin/projections").send().status()).as(user).isEqualTo(403);
            var rebuild = api.as(user).post("/api/v1/admin/projections/agreement-board/rebuild").send();
            assertThat(rebuild.status()).as(user).isEqualTo(403);
            assertThat(rebuild.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.anonymous().get("/api/v1/admin/projections").send().status()).isEqualTo(401);
    }

    private JsonNode awaitCaughtUp(String name) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (true) {
            JsonNode projection = byName(api.as("admin").get("/api/v1/admin/projections").send().json()).get(name);
            if (!projection.path("replaying").asBoolean()
                    && projection.path("position").asLong() >= projection.path("headPosition").asLong()) {
                return projection;
            }
            assertThat(System.nanoTime()).as("rebuilt in time: " + projection).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static Map<String, JsonNode> byName(JsonNode projections) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        projections.valueStream().forEach(projection -> byName.put(projection.path("name").asString(), projection));
        return byName;
    }

    private Map<String, List<Document>> stored(List<String> collections) {
        Map<String, List<Document>> stored = new LinkedHashMap<>();
        for (String collection : collections) {
            List<Document> documents = database.getCollection(collection).find().sort(new Document("_id", 1))
                                               .into(new ArrayList<>());
            documents.removeIf(Postings::empty); // live, small batches leave some; a replay's large ones none
            stored.put(collection, documents);
        }
        return stored;
    }

    /**
     * The read model without what the agreement registered during the rebuild added: its row, its key in the
     * postings, and postings only it has.
     */
    private static Map<String, List<Document>> withoutAgreement(Map<String, List<Document>> readModel,
                                                                String agreementId,
                                                                Map<String, List<Document>> live) {
        readModel.forEach((collection, documents) -> {
            List<Object> liveIds = live.get(collection).stream().map(document -> document.get("_id")).toList();
            // rows and keys are "ref<TAB>agreement id"
            documents.removeIf(document -> String.valueOf(document.get("_id")).contains(agreementId));
            documents.forEach(document -> {
                if (document.get("keys") instanceof List<?> keys) {
                    keys.removeIf(key -> String.valueOf(key).contains(agreementId));
                }
            });
            documents.removeIf(document -> !liveIds.contains(document.get("_id")) && Postings.empty(document));
        });
        return readModel;
    }
}
