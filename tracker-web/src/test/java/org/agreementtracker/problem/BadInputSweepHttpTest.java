package org.agreementtracker.problem;

import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.Http;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every write of the API and every read with parameters, sent every class of bad input an outside client can send:
 * broken JSON, the wrong shape, each field given a value of the wrong kind (a number for an enum or a string, a
 * fraction for a whole number, a number or an array for a date, {@code []} or {@code ""} for "absent", {@code null}
 * inside a list, numbers too large to store), wildcard content types, answers the client will not accept, malformed
 * query strings. Each is answered with a 4xx problem in the tracker's own words, never a 5xx, and afterwards the event
 * log holds exactly what it held before.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputSweepHttpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PLACEHOLDER = "__BAD_VALUE__";
    /** What an answer that speaks of the tracker's internals (its JSON library, its classes) would contain. */
    private static final List<String> INTERNALS = List.of("Exception", "jackson", "Feature", "java.", "`");

    /** What a field holds, and so which values are wrong for it. */
    private enum Kind {
        STRING(List.of("1", "1.5", "true", "[]", "{}")),
        DATE(List.of("20300", "[]", "[2025, 4, 11]", "\"\"", "\"2025-02-30\"", "\"31/12/2025\"", "true",
                     "\"+102025-01-01\"")),
        ENUM(List.of("0", "1", "\"0\"", "\"\"", "[]", "\"NO_SUCH_VALUE\"", "true")),
        WHOLE(List.of("1.5", "\"5\"", "12345678901234567890", "1e400", "true", "[]")),
        QUANTITY(List.of("\"5\"", "1e400", "12345678901234567890", "NaN", "true", "[]", "-Infinity")),
        STRINGS(List.of("[null]", "\"x\"", "{}", "[1]")),
        OBJECTS(List.of("[null]", "{}", "\"x\"", "[1]")),
        OBJECT(List.of("[]", "\"x\"", "1"));

        final List<String> wrong;

        Kind(List<String> wrong) {
            this.wrong = wrong;
        }
    }

    private record Field(String path, Kind kind) {
    }

    private record Endpoint(String user, String path, String body, List<Field> fields) {
    }

    @Autowired
    Api api;

    private String agreement;
    private String milestone;
    private long reportPosition;
    private final List<String> refused = new ArrayList<>();

    @BeforeAll
    void anAgreementWithAMilestoneAReportAndAReview() {
        agreement = api.signedAgreement();
        milestone = api.plannedMilestone(agreement, """
                {"title": "Workers employed", "dueOn": "2027-12-31", "owner": "PK-MOD",
                 "indicator": {"name": "Workers", "unit": "persons", "target": 150000}}
                """);
        api.reportedProgress(agreement, milestone, """
                {"status": "IN_PROGRESS", "progressPercent": 10, "indicatorValue": 2800, "note": "First arrivals"}
                """);
        reportPosition = Api.last(api.history(agreement)).path("position").asLong();
    }

    private List<Endpoint> endpoints() {
        String a = "/api/v1/agreements/" + agreement;
        String m = a + "/milestones/" + milestone;
        return List.of(
                new Endpoint("chair", "/api/v1/agreements", """
                        {"ref": "SWEEP-1", "title": "t", "kind": "MOU", "sectors": ["TRADE"],
                         "parties": ["PK-MOC", "BY-MART"], "summary": "s", "validFrom": "2025-01-01",
                         "validUntil": "2030-01-01", "parentRef": "P"}""",
                             List.of(new Field("ref", Kind.STRING), new Field("title", Kind.STRING),
                                     new Field("kind", Kind.ENUM), new Field("sectors", Kind.STRINGS),
                                     new Field("parties", Kind.STRINGS), new Field("summary", Kind.STRING),
                                     new Field("validFrom", Kind.DATE), new Field("validUntil", Kind.DATE),
                                     new Field("parentRef", Kind.STRING))),
                new Endpoint("chair", a + "/signature", """
                        {"signedOn": "2025-04-11", "place": "Minsk",
                         "signatories": [{"name": "n", "role": "r", "side": "PK"}]}""",
                             List.of(new Field("signedOn", Kind.DATE), new Field("place", Kind.STRING),
                                     new Field("signatories", Kind.OBJECTS),
                                     new Field("signatories[0].name", Kind.STRING),
                                     new Field("signatories[0].side", Kind.STRING))),
                new Endpoint("chair", a + "/announcement", """
                        {"announcedOn": "2025-04-11", "note": "n"}""",
                             List.of(new Field("announcedOn", Kind.DATE), new Field("note", Kind.STRING))),
                new Endpoint("chair", a + "/entry-into-force", """
                        {"effectiveOn": "2025-05-01"}""", List.of(new Field("effectiveOn", Kind.DATE))),
                new Endpoint("chair", a + "/suspension", """
                        {"effectiveOn": "2025-05-01", "reason": "r"}""",
                             List.of(new Field("effectiveOn", Kind.DATE), new Field("reason", Kind.STRING))),
                new Endpoint("chair", a + "/termination", """
                        {"effectiveOn": "2025-05-01", "reason": "r"}""",
                             List.of(new Field("effectiveOn", Kind.DATE), new Field("reason", Kind.STRING))),
                new Endpoint("chair", a + "/milestones", """
                        {"title": "t", "dueOn": "2026-01-01", "owner": "PK-MOD", "weight": 2,
                         "indicator": {"name": "n", "unit": "u", "target": 10, "baseline": 1, "baselineYear": 2024,
                                       "higherIsBetter": true}}""",
                             List.of(new Field("title", Kind.STRING), new Field("dueOn", Kind.DATE),
                                     new Field("owner", Kind.STRING), new Field("weight", Kind.WHOLE),
                                     new Field("indicator", Kind.OBJECT),
                                     new Field("indicator.target", Kind.QUANTITY),
                                     new Field("indicator.baseline", Kind.QUANTITY),
                                     new Field("indicator.baselineYear", Kind.WHOLE))),
                new Endpoint("officer-pk-mod", m + "/reports", """
                        {"occurredOn": "2025-06-01", "status": "IN_PROGRESS", "progressPercent": 20,
                         "indicatorValue": 3000, "note": "n",
                         "evidence": [{"title": "t", "url": "https://example.org/a", "category": "c"}]}""",
                             List.of(new Field("occurredOn", Kind.DATE), new Field("status", Kind.ENUM),
                                     new Field("progressPercent", Kind.WHOLE),
                                     new Field("indicatorValue", Kind.QUANTITY), new Field("note", Kind.STRING),
                                     new Field("evidence", Kind.OBJECTS),
                                     new Field("evidence[0].title", Kind.STRING),
                                     new Field("evidence[0].url", Kind.STRING))),
                new Endpoint("chair", m + "/reschedule", """
                        {"newDueOn": "2028-01-01", "reason": "r"}""",
                             List.of(new Field("newDueOn", Kind.DATE), new Field("reason", Kind.STRING))),
                new Endpoint("chair", m + "/cancellation", """
                        {"reason": "r"}""", List.of(new Field("reason", Kind.STRING))),
                new Endpoint("chair", a + "/reviews", """
                        {"reviewedOn": "2025-06-30", "score": "MINIMAL", "confidence": "AMBER", "findings": "f",
                         "actions": [{"title": "t", "owner": "PK-MOD", "dueOn": "2025-09-30"}]}""",
                             List.of(new Field("reviewedOn", Kind.DATE), new Field("score", Kind.ENUM),
                                     new Field("confidence", Kind.ENUM), new Field("findings", Kind.STRING),
                                     new Field("actions", Kind.OBJECTS), new Field("actions[0].dueOn", Kind.DATE),
                                     new Field("actions[0].owner", Kind.STRING))),
                new Endpoint("chair", "/api/v1/events/" + reportPosition + "/correction", """
                        {"reason": "r", "replacement": {"status": "ACHIEVED", "progressPercent": 100,
                         "occurredOn": "2025-06-02", "indicatorValue": 5000, "note": "n", "evidence": []}}""",
                             List.of(new Field("reason", Kind.STRING), new Field("replacement", Kind.OBJECT),
                                     new Field("replacement.status", Kind.ENUM),
                                     new Field("replacement.progressPercent", Kind.WHOLE),
                                     new Field("replacement.occurredOn", Kind.DATE),
                                     new Field("replacement.indicatorValue", Kind.QUANTITY),
                                     new Field("replacement.evidence", Kind.OBJECTS))),
                new Endpoint("chair", "/api/v1/meetings", """
                        {"heldOn": "2025-06-30", "title": "t", "attendees": ["a"]}""",
                             List.of(new Field("heldOn", Kind.DATE), new Field("title", Kind.STRING),
                                     new Field("attendees", Kind.STRINGS))));
    }

    @Test
    void everyWriteAnswersEveryClassOfBadInputWithAProblemAndRecordsNothing() {
        JsonNode before = api.read("/api/v1/audit/verify");
        int history = api.history(agreement).size();
        int sent = 0;

        for (Endpoint endpoint : endpoints()) {
            for (String broken : List.of("{\"title\": ", "{\"a\": 1,}", "[]", "42", "\"text\"", "null", "{} {}",
                                         "{\"note\": \"a\", \"note\": \"b\"}", "{\"x\": NaN}")) {
                expectProblem(endpoint, "broken JSON " + broken, write(endpoint).json(broken), 400);
                sent++;
            }
            for (String contentType : List.of("*/*", "application/*", "text/plain", "application/x-www-form-urlencoded",
                                              "garbage")) {
                expectProblem(endpoint, "Content-Type " + contentType,
                              write(endpoint).json(endpoint.body()).header("Content-Type", contentType), 415);
                sent++;
            }
            for (String accept : List.of("image/png", "garbage", "application/json;q=0", "text/csv")) {
                expectProblem(endpoint, "Accept " + accept,
                              write(endpoint).json(endpoint.body()).header("Accept", accept), 406);
                sent++;
            }
            for (Field field : endpoint.fields()) {
                for (String wrong : field.kind().wrong) {
                    var answer = expectProblem(endpoint, field.path() + " = " + wrong,
                                               write(endpoint).json(with(endpoint.body(), field.path(), wrong)), 400);
                    if (answer != null) {
                        String top = field.path().split("[.\\[]")[0];
                        boolean named = false;
                        for (JsonNode error : answer.json().path("errors")) {
                            named |= error.path("field").asString("").startsWith(top);
                        }
                        if (!named) {
                            refused.add(endpoint.path() + " " + field.path() + " = " + wrong
                                                + ": the error does not name the field: " + answer.body());
                        }
                    }
                    sent++;
                }
            }
        }

        assertThat(refused).as("of %d bad requests", sent).isEmpty();
        JsonNode after = api.read("/api/v1/audit/verify");
        assertThat(after.path("events").asLong()).isEqualTo(before.path("events").asLong());
        assertThat(after.path("status").asString()).isEqualTo("INTACT");
        assertThat(api.history(agreement)).hasSize(history);
    }

    @Test
    void aWriteRefusedForItsAcceptRecordsNothingAndLeavesItsIdempotencyKeyForTheRetry() {
        String meeting = "{\"heldOn\": \"2025-06-30\", \"title\": \"Sweep meeting\", \"attendees\": [\"a\"]}";
        String key = java.util.UUID.randomUUID().toString();
        int meetings = api.read("/api/v1/meetings").size();

        var refusedFirst = api.as("chair").post("/api/v1/meetings").header("Idempotency-Key", key)
                              .header("Accept", "image/png").json(meeting).send();
        var retried = api.as("chair").post("/api/v1/meetings").header("Idempotency-Key", key).json(meeting).send();
        var repeated = api.as("chair").post("/api/v1/meetings").header("Idempotency-Key", key).json(meeting).send();

        assertThat(refusedFirst.status()).isEqualTo(406);
        assertThat(refusedFirst.header("Location")).isEmpty();
        assertThat(retried.status()).isEqualTo(201);
        assertThat(repeated.status()).isEqualTo(201);
        assertThat(repeated.header("Idempotent-Replayed")).hasValue("true");
        assertThat(api.read("/api/v1/meetings").size()).isEqualTo(meetings + 1);
    }

    @Test
    void everyReadAnswersMalformedParametersWithAProblem() {
        String a = "/api/v1/agreements/" + agreement;
        Map<String, List<String>> reads = Map.of(
                "/api/v1/agreements", List.of("x=%", "sector=%zz", "q=%00", "q=%C3%28", "q=a%0Ab", "asOf=yesterday",
                                              "asOf=2025-13-01T00:00:00Z", "page=-1", "size=0", "size=100000",
                                              "page=99999999999", "status=NOPE", "confidence=1"),
                "/api/v1/milestones", List.of("owner=%", "dueBefore=2025-13-01", "overdue=maybe", "status=1",
                                              "size=0", "asOf=%"),
                a, List.of("asOf=tomorrow", "asOf=%zz"),
                "/api/v1/boards/summary", List.of("asOf=1", "x=%ff"),
                "/api/v1/boards/bodies", List.of("asOf=now"),
                "/board", List.of("q=%", "q=%00", "sector=%zz"),
                "/api/v1/bodies", List.of("%=1"));
        int sent = 0;
        for (var read : reads.entrySet()) {
            for (String query : read.getValue()) {
                // sent as raw HTTP: Java's own client will not send a malformed query string
                RawAnswer answer = rawGet(read.getKey() + "?" + query);
                sent++;
                if (answer.status() < 400 || answer.status() >= 500) {
                    refused.add(read.getKey() + "?" + query + " answered " + answer.status() + ": " + answer.body());
                } else if (!answer.contentType().startsWith("application/problem+json")) {
                    refused.add(read.getKey() + "?" + query + " answered " + answer.contentType());
                } else if (INTERNALS.stream().anyMatch(answer.body()::contains)) {
                    refused.add(read.getKey() + "?" + query + " speaks of internals: " + answer.body());
                }
            }
        }

        assertThat(refused).as("of %d bad reads", sent).isEmpty();
    }

    private record RawAnswer(int status, String contentType, String body) {
    }

    private RawAnswer rawGet(String pathAndQuery) {
        String basic = java.util.Base64.getEncoder().encodeToString(
                ("auditor:" + Api.password("auditor")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String response = Http.raw(api.port(), "GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Basic " + basic + "\r\nConnection: close\r\n\r\n");
        String head = response.substring(0, Math.max(0, response.indexOf("\r\n\r\n")));
        String contentType = head.lines().filter(line -> line.toLowerCase().startsWith("content-type:"))
                                 .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("");
        return new RawAnswer(Integer.parseInt(head.split(" ")[1]), contentType,
                             response.substring(Math.min(response.length(), head.length() + 4)));
    }

    private Http write(Endpoint endpoint) {
        return api.as(endpoint.user()).post(endpoint.path());
    }

    /** The answer when it is the expected problem; otherwise notes what was wrong and answers {@code null}. */
    private Http.Answer expectProblem(Endpoint endpoint, String what, Http request, int status) {
        Http.Answer answer = request.send();
        String where = endpoint.path() + " with " + what;
        if (answer.status() != status) {
            refused.add(where + " answered " + answer.status() + " instead of " + status + ": " + answer.body());
            return null;
        }
        return checkProblem(where, answer) ? answer : null;
    }

    private boolean checkProblem(String where, Http.Answer answer) {
        if (!answer.contentType().startsWith("application/problem+json")) {
            refused.add(where + " answered " + answer.contentType() + ": " + answer.body());
            return false;
        }
        for (String internal : INTERNALS) {
            if (answer.body().contains(internal)) {
                refused.add(where + " speaks of the tracker's internals (" + internal + "): " + answer.body());
                return false;
            }
        }
        return true;
    }

    /** The body with the field at {@code path} (a.b, a[0].b) holding the raw JSON {@code value}. */
    private static String with(String body, String path, String value) {
        ObjectNode root = (ObjectNode) JSON.readTree(body);
        JsonNode parent = root;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            parent = step(parent, steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.endsWith("]")) {
            ArrayNode array = (ArrayNode) parent.path(last.substring(0, last.indexOf('[')));
            array.set(Integer.parseInt(last.substring(last.indexOf('[') + 1, last.length() - 1)), PLACEHOLDER);
        } else {
            ((ObjectNode) parent).put(last, PLACEHOLDER);
        }
        return JSON.writeValueAsString(root).replace("\"" + PLACEHOLDER + "\"", value);
    }

    private static JsonNode step(JsonNode node, String step) {
        if (step.endsWith("]")) {
            return node.path(step.substring(0, step.indexOf('[')))
                       .path(Integer.parseInt(step.substring(step.indexOf('[') + 1, step.length() - 1)));
        }
        return node.path(step);
    }
}
