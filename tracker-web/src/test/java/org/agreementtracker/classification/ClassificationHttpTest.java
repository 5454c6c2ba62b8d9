package org.agreementtracker.classification;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.audit.VerifyExport;
import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.Http;
import org.agreementtracker.webtest.PageSession;
import org.agreementtracker.webtest.WebTest;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Classified items over HTTP: a secret planted in every classified field is found in no answer, page, export or
 * error for a reader below its clearance, now or as of an earlier instant; withheld items say so, in place, so that
 * every board counts the same for every reader; and nobody writes to what they may not read.
 */
@WebTest
class ClassificationHttpTest {

    /** Readers below SECRET, DEFENCE: the default clearance (OFFICIAL) of each role. */
    private static final List<String> UNCLEARED = List.of("chair", "auditor", "officer-pk", "officer-by-mod", "admin");
    private static final String SECRET_DEFENCE = "{\"level\": \"SECRET\", \"compartments\": [\"DEFENCE\"]}";

    @Autowired
    Api api;
    @Autowired
    MongoDatabase database;

    /** Written into every field of the classified items; unique to each test, so no other test's data matches. */
    private String secret;
    /** Written into the items releasable to Pakistan only. */
    private String pakistanOnly;
    private String secretAgreement;
    private String secretMilestone;
    private String secretReport;
    private String secretReview;
    private String openAgreement;
    private String raisedMilestone;
    private String raisedReport;
    private String pakistanAgreement;
    private String openMilestone;
    private String raisedReportOnOpenMilestone;
    private String raisedReviewOfOpenAgreement;
    private String reportWithRaisedEvidence;
    private String meeting;
    private Instant earlier;

    @BeforeEach
    void plantSecrets() {
        secret = "Zircon" + UUID.randomUUID().toString().substring(0, 8);
        pakistanOnly = "Saffron" + UUID.randomUUID().toString().substring(0, 8);
        secretAgreement = register("cleared-committee", "SEC", "Programme " + secret, SECRET_DEFENCE);
        sign("cleared-committee", secretAgreement);
        secretMilestone = plan("cleared-committee", secretAgreement, """
                {"title": "Deliveries %1$s", "dueOn": "2026-06-30", "owner": "PK-MOD",
                 "indicator": {"name": "Units %1$s", "unit": "units %1$s", "target": 12}}
                """.formatted(secret));
        openAgreement = register("cleared-committee", "OPEN", "Open cooperation", null);
        sign("cleared-committee", openAgreement);
        raisedMilestone = plan("cleared-committee", openAgreement, """
                {"title": "Annex %s", "dueOn": "2026-03-31", "owner": "PK-MOD", "classification": %s}
                """.formatted(secret, SECRET_DEFENCE));
        pakistanAgreement = register("cleared-committee", "PKO", "Liaison " + pakistanOnly,
                                     "{\"level\": \"OFFICIAL\", \"releasableTo\": [\"PK\"]}");
        earlier = Instant.now();
        meeting = api.as("chair").post("/api/v1/meetings").json("""
                {"heldOn": "%s", "title": "Joint Ministerial Commission", "attendees": ["Ishaq Dar"]}
                """.formatted(LocalDate.now(ZoneOffset.UTC))).send().json().path("id").asString();
        secretReport = report("defence-pk", secretAgreement, secretMilestone, secret);
        raisedReport = report("defence-pk", openAgreement, raisedMilestone, secret);
        var review = api.as("cleared-committee").post("/api/v1/agreements/" + secretAgreement + "/reviews").json("""
                {"score": "MINIMAL", "confidence": "AMBER", "findings": "Findings %1$s",
                 "actions": [{"title": "Action %1$s", "owner": "PK-MOD", "dueOn": "2027-01-31"}]}
                """.formatted(secret)).send();
        assertThat(review.status()).as(review.toString()).isEqualTo(201);
        secretReview = review.json().path("id").asString();
        // items that raise a readable agreement or milestone: a report and a review
        openMilestone = plan("cleared-committee", openAgreement, """
                {"title": "Liaison officers exchanged", "dueOn": "2026-05-31", "owner": "PK-MOD"}""");
        var raisedReportAnswer = api.as("defence-pk")
                                    .post("/api/v1/agreements/" + openAgreement + "/milestones/" + openMilestone
                                                  + "/reports").json("""
                        {"status": "IN_PROGRESS", "note": "Note %1$s", "classification": %2$s,
                         "evidence": [{"title": "Minutes %1$s"}]}""".formatted(secret, SECRET_DEFENCE)).send();
        assertThat(raisedReportAnswer.status()).as(raisedReportAnswer.toString()).isEqualTo(201);
        raisedReportOnOpenMilestone = raisedReportAnswer.json().path("id").asString();
        // a report anyone cleared OFFICIAL reads, with one piece of evidence raised
        var raisedEvidenceAnswer = api.as("defence-pk")
                                      .post("/api/v1/agreements/" + openAgreement + "/milestones/" + openMilestone
                                                    + "/reports").json("""
                        {"status": "IN_PROGRESS", "note": "Liaison office rented",
                         "evidence": [{"title": "Lease"}, {"title": "Annex %s", "classification": %s}]}
                        """.formatted(secret, SECRET_DEFENCE)).send();
        assertThat(raisedEvidenceAnswer.status()).as(raisedEvidenceAnswer.toString()).isEqualTo(201);
        reportWithRaisedEvidence = raisedEvidenceAnswer.json().path("id").asString();
        var raisedReview = api.as("cleared-committee").post("/api/v1/agreements/" + openAgreement + "/reviews")
                              .json("""
                                    {"score": "MINIMAL", "confidence": "GREEN", "findings": "Findings %s",
                                     "classification": %s}""".formatted(secret, SECRET_DEFENCE)).send();
        assertThat(raisedReview.status()).as(raisedReview.toString()).isEqualTo(201);
        raisedReviewOfOpenAgreement = raisedReview.json().path("id").asString();
    }

    private String register(String user, String prefix, String title, String classification) {
        var answer = api.as(user).post("/api/v1/agreements").json("""
                {"ref": "%s", "title": "%s", "kind": "AGREEMENT", "sectors": ["DEFENCE"],
                 "parties": ["PK-MOD", "BY-MOD"], "summary": "Summary of %s"%s}
                """.formatted(Api.uniqueRef(prefix + "-" + title.replace(' ', '-')), title, title,
                              classification == null ? "" : ", \"classification\": " + classification)).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().path("id").asString();
    }

    private void sign(String user, String agreementId) {
        var answer = api.as(user).post("/api/v1/agreements/" + agreementId + "/signature")
                        .json("{\"signedOn\": \"2025-04-11\", \"place\": \"Minsk\"}").send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    private String plan(String user, String agreementId, String json) {
        var answer = api.as(user).post("/api/v1/agreements/" + agreementId + "/milestones").json(json).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().path("id").asString();
    }

    private String report(String user, String agreementId, String milestoneId, String word) {
        var answer = api.as(user).post("/api/v1/agreements/" + agreementId + "/milestones/" + milestoneId + "/reports")
                        .json("""
                              {"status": "IN_PROGRESS", "note": "Note %1$s",
                               "evidence": [{"title": "Minutes %1$s", "url": "https://example.org/%1$s"}]}
                              """.formatted(word)).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().path("id").asString();
    }

    // ------------------------------------------------------------------------------------------- what is read

    /** Every API read, now and as of the instant before the reports and the review. */
    private List<String> apiReads() {
        List<String> reads = new ArrayList<>();
        String at = "asOf=" + encode(earlier.toString());
        for (String asOf : List.of("", at)) {
            String and = asOf.isEmpty() ? "" : "&" + asOf;
            String query = asOf.isEmpty() ? "" : "?" + asOf;
            reads.add("/api/v1/agreements" + query);
            reads.add("/api/v1/agreements?q=" + secret + and);
            reads.add("/api/v1/agreements?q=" + pakistanOnly + and);
            reads.add("/api/v1/agreements?sector=DEFENCE" + and);
            reads.add("/api/v1/agreements?status=SIGNED&page=0&size=500" + and);
            reads.add("/api/v1/agreements?party=PK-MOD" + and);
            reads.add("/api/v1/milestones" + query);
            reads.add("/api/v1/milestones?owner=PK-MOD" + and);
            reads.add("/api/v1/boards/summary" + query);
            reads.add("/api/v1/boards/bodies" + query);
            for (String id : List.of(secretAgreement, openAgreement, pakistanAgreement)) {
                reads.add("/api/v1/agreements/" + id + query);
            }
        }
        reads.add("/api/v1/agreements/" + secretAgreement + "/milestones/" + secretMilestone);
        reads.add("/api/v1/agreements/" + secretAgreement + "/milestones/" + secretMilestone + "/reports/"
                          + secretReport);
        reads.add("/api/v1/agreements/" + secretAgreement + "/reviews/" + secretReview);
        reads.add("/api/v1/agreements/" + openAgreement + "/milestones/" + raisedMilestone);
        reads.add("/api/v1/agreements/" + openAgreement + "/milestones/" + raisedMilestone + "/reports/"
                          + raisedReport);
        reads.add("/api/v1/agreements/" + openAgreement + "/milestones/" + openMilestone + "/reports/"
                          + raisedReportOnOpenMilestone);
        reads.add("/api/v1/agreements/" + openAgreement + "/reviews/" + raisedReviewOfOpenAgreement);
        reads.add("/api/v1/agreements/" + openAgreement + "/milestones/" + openMilestone + "/reports/"
                          + reportWithRaisedEvidence);
        for (String id : List.of(secretAgreement, openAgreement, pakistanAgreement)) {
            reads.add("/api/v1/agreements/" + id + "/history");
        }
        reads.add("/api/v1/meetings");
        reads.add("/api/v1/meetings/" + meeting);
        reads.add("/api/v1/meetings/" + meeting + "/board");
        reads.add("/api/v1/meetings/" + meeting + "/hindsight");
        reads.add("/api/v1/public/agreements");
        reads.add("/api/v1/audit/verify");
        reads.add("/api/v1/audit/export");
        reads.add("/v3/api-docs");
        return reads;
    }

    /** Every page a reader may open, now and as of the earlier instant. */
    private List<String> pages() {
        List<String> pages = new ArrayList<>();
        for (String asOf : List.of("", "?asOf=" + encode(earlier.toString()))) {
            pages.add("/board" + asOf);
            pages.add("/board/print" + asOf);
            pages.add("/board/export.csv" + asOf);
            pages.add("/summary" + asOf);
            pages.add("/meetings" + asOf);
            for (String id : List.of(secretAgreement, openAgreement, pakistanAgreement)) {
                pages.add("/agreements/" + id + asOf);
                pages.add("/agreements/" + id + "/history" + asOf);
            }
        }
        pages.add("/ministry");
        pages.add("/public");
        return pages;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Map<String, String> apiAnswers(String user) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : apiReads()) {
            Http.Answer answer = api.as(user).get(path).send();
            assertThat(answer.status()).as(user + " GET " + path + ": " + answer).isIn(200, 403);
            answers.put(path, answer.body() + answer.response().headers().map());
        }
        return answers;
    }

    private Map<String, String> pageAnswers(PageSession session, String who) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : pages()) {
            HttpResponse<String> answer = session.get(path);
            assertThat(answer.statusCode()).as(who + " GET " + path + ": " + answer.body()).isIn(200, 403);
            answers.put(path, answer.body());
        }
        return answers;
    }

    private static void neverContains(Map<String, String> answers, String word, String who) {
        answers.forEach((path, body) -> assertThat(body).as("%s reading %s", who, path).doesNotContain(word));
    }

    @Nested
    @ExtendWith(OutputCaptureExtension.class)
    class NoReaderBelowItsClearanceMeetsASecret {

        @Test
        void inAnyAnswerOfTheApiNowOrAsOfEarlier() {
            for (String user : UNCLEARED) {
                neverContains(apiAnswers(user), secret, user);
            }
            neverContains(apiAnswers("defence-by"), pakistanOnly, "defence-by");
            neverContains(apiAnswers("officer-by-mod"), pakistanOnly, "officer-by-mod");
        }

        @Test
        void inAnyPageOrExport() {
            for (String user : List.of("chair", "officer-pk", "auditor")) {
                neverContains(pageAnswers(PageSession.of(api.port(), user), user), secret, user);
            }
            neverContains(pageAnswers(PageSession.of(api.port(), "defence-by"), "defence-by"), pakistanOnly,
                          "defence-by");
        }

        @Test
        void norTheAnonymousPublicAnywhere() {
            PageSession visitor = PageSession.anonymous(api.port());
            for (String path : pages()) {
                String body = visitor.get(path).body();
                assertThat(body).as("anonymous GET " + path).doesNotContain(secret).doesNotContain(pakistanOnly);
            }
            for (String path : apiReads()) {
                Http.Answer answer = api.anonymous().get(path).send();
                assertThat(answer.body()).as("anonymous GET " + path).doesNotContain(secret)
                                         .doesNotContain(pakistanOnly);
                if (!path.startsWith("/api/v1/public") && !path.startsWith("/v3")) {
                    assertThat(answer.status()).as("anonymous GET " + path).isEqualTo(401);
                }
            }
        }

        @Test
        void yetAnAuditorWithoutClearanceVerifiesTheWholeLogAndTheirRedactedExportChecksOutOffline(
                @TempDir Path directory) throws IOException {
            JsonNode verified = api.as("auditor").get("/api/v1/audit/verify").send().json();
            assertThat(verified.path("status").asString()).isEqualTo("INTACT");
            String export = api.as("auditor").get("/api/v1/audit/export").send().body();
            assertThat(export).doesNotContain(secret).contains("\"withheld\": {\"level\": \"SECRET\"");
            Path file = Files.writeString(directory.resolve("audit-export.ndjson"), export);
            ByteArrayOutputStream printed = new ByteArrayOutputStream();

            int status = VerifyExport.run(new String[] {file.toString(), verified.path("headHash").asString()},
                                          new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertThat(status).as(printed.toString(StandardCharsets.UTF_8)).isEqualTo(VerifyExport.OK);
            assertThat(printed.toString(StandardCharsets.UTF_8)).contains("events withheld from this export's reader");
            assertThat(api.as("cleared-committee").get("/api/v1/audit/export").send().status()).isEqualTo(403);
        }

        @Test
        void norInTheLogOrTheMetrics(CapturedOutput log) {
            apiAnswers("chair");
            pageAnswers(PageSession.of(api.port(), "officer-pk"), "officer-pk");
            api.as("officer-pk-mod").post("/api/v1/agreements/" + openAgreement + "/milestones/" + raisedMilestone
                                                  + "/reports")
               .json("{\"status\": \"BLOCKED\", \"note\": \"n\"}").send();

            assertThat(log.getOut() + log.getErr()).doesNotContain(secret);
            assertThat(api.anonymous().get("/actuator/prometheus").send().body()).doesNotContain(secret);
        }

        /** Refs are identifiers, readable in the store like ids (the board's order is built on them). */
        @Test
        void norAToolReadingTheStoreButInARef() {
            List<String> refs = new ArrayList<>();
            for (String agreement : List.of(secretAgreement, openAgreement)) {
                String ref = api.as("cleared-committee").get("/api/v1/agreements/" + agreement).send().json()
                                .path("ref").asString();
                refs.add(ref);
                refs.add(ref.toUpperCase(Locale.ROOT));
            }
            List<String> holding = new ArrayList<>();
            for (String name : database.listCollectionNames()) {
                for (BsonDocument document : database.getCollection(name, BsonDocument.class).find()) {
                    String stored = document.toJson();
                    for (String ref : refs) {
                        stored = stored.replace(ref, "REF");
                    }
                    if (stored.contains(secret)) {
                        holding.add(name + ": " + stored);
                        break;
                    }
                }
            }

            assertThat(holding).as("collections holding the secret in plain text").isEmpty();
            assertThat(database.getCollection("agreement_board", BsonDocument.class)
                               .find(new BsonDocument("_sealed", BsonBoolean.TRUE)).first())
                    .as("a sealed board row").isNotNull();
        }

        @Test
        void whileTheClearedReadItWhole() {
            assertThat(api.as("cleared-committee").get("/api/v1/agreements/" + secretAgreement).send().body())
                    .contains("Programme " + secret, "Deliveries " + secret, "Findings " + secret);
            assertThat(api.as("defence-pk").get("/api/v1/agreements?q=" + secret).send().json().size()).isEqualTo(1);
            assertThat(api.as("officer-pk").get("/api/v1/agreements/" + pakistanAgreement).send().body())
                    .contains("Liaison " + pakistanOnly);
            assertThat(PageSession.of(api.port(), "cleared-committee").get("/agreements/" + secretAgreement).body())
                    .contains("Programme " + secret);
        }
    }

    @Nested
    class AWithheldItemSaysSoInItsPlace {

        @Test
        void anAgreementAnswersItsIdAndLevelAndNothingElse() {
            JsonNode detail = api.as("officer-pk").get("/api/v1/agreements/" + secretAgreement).send().json();

            assertThat(detail.propertyNames()).containsExactlyInAnyOrder("id", "withheld");
            assertThat(detail.path("id").asString()).isEqualTo(secretAgreement);
            assertThat(detail.path("withheld").path("level").asString()).isEqualTo("SECRET");
            assertThat(detail.path("withheld").path("compartments").toString()).isEqualTo("[\"DEFENCE\"]");
            assertThat(detail.path("withheld").path("reason").asString()).contains("clearance");
            JsonNode row = rowOf(api.as("officer-pk").get("/api/v1/agreements").send().json(), secretAgreement);
            assertThat(row.propertyNames()).containsExactlyInAnyOrder("id", "withheld");
        }

        @Test
        void aRaisedMilestoneIsWithheldInsideAnAgreementTheReaderMayRead() {
            JsonNode detail = api.as("chair").get("/api/v1/agreements/" + openAgreement).send().json();

            assertThat(detail.path("title").asString()).isEqualTo("Open cooperation");
            assertThat(detail.path("classification").path("level").asString()).isEqualTo("OFFICIAL");
            JsonNode milestone = detail.path("milestones").get(0);
            assertThat(milestone.propertyNames()).containsExactlyInAnyOrder("id", "withheld");
            assertThat(milestone.path("id").asString()).isEqualTo(raisedMilestone);
        }

        @Test
        void aRaisedReportOrReviewIsWithheldWhereItsMilestoneAndAgreementAreRead() {
            JsonNode detail = api.as("chair").get("/api/v1/agreements/" + openAgreement).send().json();

            JsonNode milestone = detail.path("milestones").valueStream()
                                       .filter(m -> m.path("milestoneId").asString().equals(openMilestone))
                                       .findFirst().orElseThrow();
            assertThat(milestone.path("title").asString()).isEqualTo("Liaison officers exchanged");
            assertThat(milestone.path("reports").get(0).propertyNames()).containsExactlyInAnyOrder("id", "withheld");
            assertThat(milestone.path("reports").get(0).path("id").asString()).isEqualTo(raisedReportOnOpenMilestone);
            // its status is the milestone's, which every board counts: the reconciliation keeps it
            assertThat(milestone.path("status").asString()).isEqualTo("IN_PROGRESS");
            JsonNode review = detail.path("reviews").valueStream()
                                    .filter(r -> r.path("id").asString().equals(raisedReviewOfOpenAgreement))
                                    .findFirst().orElseThrow();
            assertThat(review.propertyNames()).containsExactlyInAnyOrder("id", "withheld");
            JsonNode history = api.as("chair").get("/api/v1/agreements/" + openAgreement + "/history").send().json();
            assertThat(history.valueStream().map(entry -> entry.path("type").asString()))
                    .contains("MilestonePlanned", "Withheld");
            assertThat(api.as("defence-pk").get("/api/v1/agreements/" + openAgreement + "/milestones/" + openMilestone
                                                        + "/reports/" + raisedReportOnOpenMilestone).send().body())
                    .contains("Note " + secret, "Minutes " + secret);
            JsonNode withEvidence = api.as("chair").get("/api/v1/agreements/" + openAgreement + "/milestones/"
                                                                + openMilestone + "/reports/"
                                                                + reportWithRaisedEvidence).send().json();
            assertThat(withEvidence.path("note").asString()).isEqualTo("Liaison office rented");
            assertThat(withEvidence.path("evidence").get(0).path("title").asString()).isEqualTo("Lease");
            assertThat(withEvidence.path("evidence").get(1).propertyNames())
                    .containsExactlyInAnyOrder("id", "withheld");
            assertThat(withEvidence.path("evidence").get(1).path("id").asString()).isEqualTo("evidence[1]");
        }

        @Test
        void andTheSideItIsNotReleasableToMeetsItWithheld() {
            JsonNode detail = api.as("defence-by").get("/api/v1/agreements/" + pakistanAgreement).send().json();

            assertThat(detail.path("withheld").path("level").asString()).isEqualTo("OFFICIAL");
            assertThat(detail.path("withheld").path("reason").asString()).contains("releasable to PK");
        }

        @Test
        void soEveryBoardCountsTheSameForEveryReader() {
            Map<String, List<String>> seen = new LinkedHashMap<>();
            for (String user : List.of("cleared-committee", "chair", "officer-pk", "auditor", "defence-by")) {
                Http.Answer board = api.as(user).get("/api/v1/agreements").send();
                Http.Answer milestones = api.as(user).get("/api/v1/milestones").send();
                JsonNode summary = api.as(user).get("/api/v1/boards/summary").send().json();
                JsonNode bodies = api.as(user).get("/api/v1/boards/bodies").send().json();
                List<String> counts = new ArrayList<>();
                counts.add(board.header("X-Total-Count").orElseThrow());
                counts.add(String.valueOf(board.json().size()));
                counts.add(milestones.header("X-Total-Count").orElseThrow());
                counts.add(summary.path("byStatus").toString() + summary.path("bySector") + summary.path("milestones"));
                counts.add(String.valueOf(summary.path("indicators").size()));
                bodies.forEach(body -> counts.add(body.path("body").asString() + body.path("open")
                                                          + body.path("overdue") + body.path("achieved")));
                seen.put(user, counts);
            }
            assertThat(seen.values()).as("counts per reader: %s", seen).allSatisfy(
                    counts -> assertThat(counts).isEqualTo(seen.get("cleared-committee")));
        }

        @Test
        void andSearchFindsNoWordOfAWithheldTitle() {
            assertThat(api.as("officer-pk").get("/api/v1/agreements?q=" + secret).send().json().size()).isZero();
            assertThat(api.as("officer-pk").get("/api/v1/agreements?q=" + secret).send().header("X-Total-Count"))
                    .contains("0");
            assertThat(api.as("cleared-committee").get("/api/v1/agreements?q=" + secret).send().json().size())
                    .isEqualTo(1);
            // the page repeats what was searched for in its search box, so it is judged by the rows it shows
            assertThat(PageSession.of(api.port(), "chair").get("/board?q=" + secret).body())
                    .doesNotContain("agreement-row");
            assertThat(PageSession.of(api.port(), "cleared-committee").get("/board?q=" + secret).body())
                    .contains("agreement-row");
        }

        private JsonNode rowOf(JsonNode rows, String id) {
            for (JsonNode row : rows) {
                if (row.path("id").asString().equals(id)) {
                    return row;
                }
            }
            throw new AssertionError("No row " + id + " in " + rows);
        }
    }

    @Nested
    class NobodyWritesWhatTheyMayNotRead {

        private static final String REPORT = "{\"status\": \"IN_PROGRESS\", \"note\": \"Under way\"}";

        private int events(String agreementId) {
            return api.as("cleared-committee").get("/api/v1/agreements/" + agreementId + "/history").send().json()
                      .size();
        }

        private void refusedForClearance(String user, String path, String json, String agreementId) {
            int before = events(agreementId);
            Http.Answer answer = api.as(user).post(path).json(json).send();
            assertThat(answer.status()).as(user + " POST " + path + ": " + answer).isEqualTo(403);
            assertThat(answer.json().path("code").asString()).isEqualTo("NOT_CLEARED");
            assertThat(answer.body()).doesNotContain(secret).doesNotContain(pakistanOnly);
            assertThat(events(agreementId)).as("nothing recorded").isEqualTo(before);
        }

        private void accepted(String user, String path, String json) {
            Http.Answer answer = api.as(user).post(path).json(json).send();
            assertThat(answer.status()).as(user + " POST " + path + ": " + answer).isIn(200, 201);
        }

        @Test
        void aReportOnAMilestoneAboveTheOfficer() {
            String reports = "/api/v1/agreements/" + openAgreement + "/milestones/" + raisedMilestone + "/reports";
            refusedForClearance("officer-pk-mod", reports, REPORT, openAgreement);
            refusedForClearance("officer-by-mod", reports, REPORT, openAgreement);
            refusedForClearance("chair", reports, """
                    {"status": "IN_PROGRESS", "note": "n", "onBehalfOf": "PK-MOD"}""", openAgreement);
            accepted("defence-pk", reports, REPORT);
            accepted("defence-by", reports, REPORT);
        }

        @Test
        void aReportOnAnAgreementNotReleasableToTheOfficersSide() {
            String milestone = plan("cleared-committee", pakistanAgreement, """
                    {"title": "Liaison office opened", "dueOn": "2026-09-30", "owner": "PK-MOD"}""");
            sign("cleared-committee", pakistanAgreement);
            String reports = "/api/v1/agreements/" + pakistanAgreement + "/milestones/" + milestone + "/reports";
            refusedForClearance("defence-by", reports, REPORT, pakistanAgreement);
            refusedForClearance("officer-by-mod", reports, REPORT, pakistanAgreement);
            accepted("officer-pk-mod", reports, REPORT);
        }

        @Test
        void everyStepOnAnAgreementAboveTheWriter() {
            String agreement = "/api/v1/agreements/" + secretAgreement;
            String milestone = agreement + "/milestones/" + secretMilestone;
            for (String user : List.of("chair", "admin")) {
                refusedForClearance(user, agreement + "/entry-into-force", "{}", secretAgreement);
                refusedForClearance(user, agreement + "/milestones", """
                        {"title": "t", "dueOn": "2026-12-31", "owner": "PK-MOD"}""", secretAgreement);
                refusedForClearance(user, milestone + "/reschedule", """
                        {"newDueOn": "2027-01-31", "reason": "r"}""", secretAgreement);
                refusedForClearance(user, milestone + "/cancellation", "{\"reason\": \"r\"}", secretAgreement);
                refusedForClearance(user, agreement + "/classification", """
                        {"level": "PUBLIC", "reason": "r"}""", secretAgreement);
            }
            refusedForClearance("chair", agreement + "/reviews", """
                    {"score": "NO_EVIDENCE", "confidence": "RED", "findings": "f"}""", secretAgreement);
            refusedForClearance("officer-pk-mod", milestone + "/reports", REPORT, secretAgreement);
            accepted("cleared-committee", agreement + "/entry-into-force", "{}");
        }

        @Test
        void aReportOrReviewRaisedAboveTheWriterOrBelowItsMilestone() {
            String reports = "/api/v1/agreements/" + openAgreement + "/milestones/" + openMilestone + "/reports";
            refusedForClearance("officer-pk-mod", reports, """
                    {"status": "IN_PROGRESS", "note": "n", "classification": {"level": "SECRET"}}""", openAgreement);
            refusedForClearance("chair", "/api/v1/agreements/" + openAgreement + "/reviews", """
                    {"score": "MINIMAL", "confidence": "GREEN", "findings": "f",
                     "classification": {"level": "SECRET"}}""", openAgreement);
            int before = events(openAgreement);
            Http.Answer below = api.as("defence-pk").post("/api/v1/agreements/" + openAgreement + "/milestones/"
                                                                  + raisedMilestone + "/reports").json("""
                    {"status": "IN_PROGRESS", "note": "n", "classification": {"level": "OFFICIAL"}}""").send();
            assertThat(below.status()).as(below.toString()).isEqualTo(400);
            assertThat(below.body()).contains("never classified below");
            assertThat(events(openAgreement)).isEqualTo(before);
        }

        @Test
        void registeringOrRaisingAboveTheWritersOwnClearance() {
            Http.Answer registered = api.as("chair").post("/api/v1/agreements").json("""
                    {"ref": "%s", "title": "t", "kind": "AGREEMENT", "sectors": ["DEFENCE"],
                     "parties": ["PK-MOD", "BY-MOD"], "classification": %s}
                    """.formatted(Api.uniqueRef("ABOVE"), SECRET_DEFENCE)).send();
            assertThat(registered.status()).as(registered.toString()).isEqualTo(403);
            assertThat(registered.json().path("code").asString()).isEqualTo("NOT_CLEARED");
            refusedForClearance("chair", "/api/v1/agreements/" + openAgreement + "/classification", """
                    {"level": "SECRET", "reason": "r"}""", openAgreement);
            refusedForClearance("chair", "/api/v1/agreements/" + openAgreement + "/milestones", """
                    {"title": "t", "dueOn": "2026-12-31", "owner": "PK-MOD",
                     "classification": {"level": "RESTRICTED"}}""", openAgreement);
        }

        @Test
        void classifyingIsForTheCommitteeAndAdministrators() {
            String path = "/api/v1/agreements/" + openAgreement + "/classification";
            for (String user : List.of("officer-pk-mod", "defence-pk", "auditor")) {
                Http.Answer answer = api.as(user).post(path).json("{\"level\": \"RESTRICTED\", \"reason\": \"r\"}")
                                        .send();
                assertThat(answer.status()).as(user + ": " + answer).isEqualTo(403);
            }
            Http.Answer raised = api.as("cleared-committee").post(path).json("""
                    {"level": "RESTRICTED", "reason": "Annex added", "declassifyOn": "2030-01-01"}
                    """).send();
            assertThat(raised.status()).as(raised.toString()).isEqualTo(200);
            JsonNode last = Api.last(api.as("cleared-committee").get("/api/v1/agreements/" + openAgreement
                                                                             + "/history").send().json());
            assertThat(last.path("type").asString()).isEqualTo("AgreementClassified");
            assertThat(last.path("actor").path("user").asString()).isEqualTo("cleared-committee");
            assertThat(last.path("payload").path("reason").asString()).isEqualTo("Annex added");
            assertThat(last.path("payload").path("classification").path("level").asString()).isEqualTo("RESTRICTED");
            assertThat(api.as("cleared-committee").get("/api/v1/agreements/" + openAgreement).send().json()
                          .path("declassifyOn").asString()).isEqualTo("2030-01-01");
            assertThat(api.as("officer-pk").get("/api/v1/agreements/" + openAgreement).send().json()
                          .path("withheld").path("level").asString()).isEqualTo("RESTRICTED");
        }

        @Test
        void badClassificationsAreRefusedPrecisely() {
            String path = "/api/v1/agreements/" + openAgreement + "/classification";
            int before = events(openAgreement);
            Http.Answer unknown = api.as("cleared-committee").post(path)
                                     .json("{\"level\": \"TOP_SECRET\", \"reason\": \"r\"}").send();
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.contentType()).startsWith("application/problem+json");
            assertThat(unknown.body())
                    .contains("Level TOP_SECRET is not one of [PUBLIC, OFFICIAL, RESTRICTED, SECRET]");
            Http.Answer noReason = api.as("cleared-committee").post(path).json("{\"level\": \"SECRET\"}").send();
            assertThat(noReason.status()).isEqualTo(400);
            Http.Answer past = api.as("cleared-committee").post(path).json("""
                    {"level": "SECRET", "reason": "r", "declassifyOn": "2020-01-01"}""").send();
            assertThat(past.status()).isEqualTo(400);
            assertThat(past.body()).contains("not 2020-01-01");
            assertThat(events(openAgreement)).isEqualTo(before);
        }
    }
}
