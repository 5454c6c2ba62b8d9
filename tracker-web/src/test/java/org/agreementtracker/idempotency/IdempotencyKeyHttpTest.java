package org.agreementtracker.idempotency;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.agreementtracker.webtest.Http;
import org.agreementtracker.webtest.ProbeController;
import org.agreementtracker.webtest.WebTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The Idempotency-Key contract of the API, over real HTTP and the real MongoDB driver. */
@WebTest
class IdempotencyKeyHttpTest {

    private static final String RECORD = """
            {"title": "Open the labour office", "dueOn": "2025-06-30", "score": "MINIMAL"}
            """;

    @LocalServerPort
    int port;

    @Autowired
    MongoDatabase database;

    private Http.Answer post(String path, String user, String key, String body) {
        Http http = Http.to(port).post(path).as(user, user.equals("admin") ? "admin-password"
                : org.agreementtracker.webtest.WebTest.COMMITTEE_PASSWORD).json(body);
        if (key != null) {
            http.header(IdempotencyFilter.HEADER, key);
        }
        return http.send();
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aRepeatGetsTheFirstAnswerAgainAndRecordsNothingNew() {
        String key = newKey();
        var first = post("/api/v1/probe/records", "admin", key, RECORD);
        int created = ProbeController.CREATED.get();

        var repeat = post("/api/v1/probe/records", "admin", key, RECORD);

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location")).isPresent();
        assertThat(repeat.header("ETag")).isEqualTo(first.header("ETag")).isPresent();
        assertThat(repeat.contentType()).isEqualTo(first.contentType());
        assertThat(repeat.header(IdempotencyFilter.REPLAYED_HEADER)).contains("true");
        assertThat(first.header(IdempotencyFilter.REPLAYED_HEADER)).isEmpty();
        assertThat(ProbeController.CREATED.get()).isEqualTo(created);
        assertThat(first.json().path("idempotencyKey").asString()).isEqualTo(key);
    }

    @Test
    void theKeyIsKeptPerUserWithAFingerprintOfTheRequest() {
        String key = newKey();
        post("/api/v1/probe/records", "admin", key, RECORD);

        Document kept = database.getCollection(IdempotencyKeys.COLLECTION)
                                .find(Filters.eq("_id", "admin\n" + key)).first();

        assertThat(kept).isNotNull();
        assertThat(kept.getString("state")).isEqualTo("COMPLETED");
        assertThat(kept.getString("fingerprint")).hasSize(64);
        assertThat(kept.get("answer", Document.class).getInteger("status")).isEqualTo(201);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422() {
        String key = newKey();
        post("/api/v1/probe/records", "admin", key, RECORD);
        int created = ProbeController.CREATED.get();

        var other = post("/api/v1/probe/records", "admin", key, RECORD.replace("MINIMAL", "FULL"));

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.json().path("type").asString())
                .isEqualTo("urn:agreement-tracker:problem:idempotency-key-reused");
        assertThat(ProbeController.CREATED.get()).isEqualTo(created);
    }

    @Test
    void theSameKeyOnAnotherPathIsRefusedWith422() {
        String key = newKey();
        post("/api/v1/probe/records", "admin", key, RECORD);

        assertThat(post("/api/v1/probe/async-records", "admin", key, RECORD).status()).isEqualTo(422);
    }

    @Test
    void keysOfDifferentUsersDoNotMeet() {
        String key = newKey();
        int created = ProbeController.CREATED.get();

        var byAdmin = post("/api/v1/probe/records", "admin", key, RECORD);
        var byCommittee = post("/api/v1/probe/records", "committee", key, RECORD);

        assertThat(byAdmin.status()).isEqualTo(201);
        assertThat(byCommittee.status()).isEqualTo(201);
        assertThat(byCommittee.header(IdempotencyFilter.REPLAYED_HEADER)).isEmpty();
        assertThat(ProbeController.CREATED.get()).isEqualTo(created + 2);
    }

    @Test
    void aRefusedRequestKeepsNothingSoItsRepeatRunsAgain() {
        String key = newKey();
        int refused = ProbeController.REFUSED.get();

        var first = post("/api/v1/probe/refused", "admin", key, "{}");
        var repeat = post("/api/v1/probe/refused", "admin", key, "{}");

        assertThat(first.status()).isEqualTo(409);
        assertThat(repeat.status()).isEqualTo(409);
        assertThat(ProbeController.REFUSED.get()).isEqualTo(refused + 2);
        assertThat(database.getCollection(IdempotencyKeys.COLLECTION).find(Filters.eq("_id", "admin\n" + key))
                           .first()).isNull();
    }

    @Test
    void anInvalidRequestKeepsNothingSoTheCorrectedOneMayUseTheSameKey() {
        String key = newKey();

        var invalid = post("/api/v1/probe/records", "admin", key, "{\"title\": \"\"}");
        var corrected = post("/api/v1/probe/records", "admin", key, RECORD);

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.header(IdempotencyFilter.REPLAYED_HEADER)).isEmpty();
    }

    @Test
    void aRepeatWhileTheFirstStillRunsIs409AndOnlyTheFirstRuns() throws Exception {
        String key = newKey();
        String held = RECORD.replace("Open the labour office", "hold");
        ProbeController.entered = new CountDownLatch(1);
        ProbeController.release = new CountDownLatch(1);
        int created = ProbeController.CREATED.get();

        var first = CompletableFuture.supplyAsync(() -> post("/api/v1/probe/records", "admin", key, held));
        assertThat(ProbeController.entered.await(10, TimeUnit.SECONDS)).isTrue();
        var during = post("/api/v1/probe/records", "admin", key, held);
        ProbeController.release.countDown();
        var firstAnswer = first.get(10, TimeUnit.SECONDS);
        var after = post("/api/v1/probe/records", "admin", key, held);

        assertThat(during.status()).isEqualTo(409);
        assertThat(during.json().path("type").asString()).isEqualTo("urn:agreement-tracker:problem:request-in-progress");
        assertThat(during.header("Retry-After")).contains("1");
        assertThat(firstAnswer.status()).isEqualTo(201);
        assertThat(after.status()).isEqualTo(201);
        assertThat(after.body()).isEqualTo(firstAnswer.body());
        assertThat(ProbeController.CREATED.get()).isEqualTo(created + 1);
    }

    @Test
    void ofManySimultaneousRepeatsExactlyOneRuns() throws Exception {
        String key = newKey();
        int created = ProbeController.CREATED.get();
        int requests = 8;
        CyclicBarrier start = new CyclicBarrier(requests);
        var threads = java.util.concurrent.Executors.newFixedThreadPool(requests);
        List<CompletableFuture<Http.Answer>> answers = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return post("/api/v1/probe/records", "admin", key, RECORD);
            }, threads));
        }
        List<Integer> statuses = new ArrayList<>();
        for (var answer : answers) {
            statuses.add(answer.get(30, TimeUnit.SECONDS).status());
        }
        threads.shutdown();

        assertThat(statuses).isSubsetOf(201, 409).contains(201);
        assertThat(ProbeController.CREATED.get()).isEqualTo(created + 1);
    }

    @Test
    void anAsynchronousControllersAnswerIsKeptToo() {
        String key = newKey();
        var first = post("/api/v1/probe/async-records", "admin", key, RECORD);
        int created = ProbeController.CREATED.get();

        var repeat = post("/api/v1/probe/async-records", "admin", key, RECORD);

        assertThat(first.status()).isEqualTo(201);
        assertThat(repeat.status()).isEqualTo(201);
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(repeat.header("Location")).isEqualTo(first.header("Location"));
        assertThat(ProbeController.CREATED.get()).isEqualTo(created);
    }

    @Test
    void aKeyThatIsNotVisibleAsciiIsA400() {
        var answer = Http.to(port).post("/api/v1/probe/records").as("admin", "admin-password").json(RECORD)
                         .header(IdempotencyFilter.HEADER, "x".repeat(256)).send();

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("errors").get(0).path("field").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void withoutAKeyEveryRequestRuns() {
        int created = ProbeController.CREATED.get();

        post("/api/v1/probe/records", "admin", null, RECORD);
        post("/api/v1/probe/records", "admin", null, RECORD);

        assertThat(ProbeController.CREATED.get()).isEqualTo(created + 2);
    }
}
