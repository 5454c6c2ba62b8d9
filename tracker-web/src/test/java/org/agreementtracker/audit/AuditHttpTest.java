package org.agreementtracker.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The auditor's tools over HTTP against the running tracker: verification of the log, a change made directly in the
 * database found by it, the hash of each history entry, and an export checked offline by the command-line verifier.
 */
@WebTest
class AuditHttpTest {

    private static final String HEX_HASH = "[0-9a-f]{64}";

    @LocalServerPort
    int port;
    @Autowired
    MongoDatabase database;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port);
    }

    @Test
    void anAuditorOrAnAdminVerifiesTheLogAsIntact() {
        api.signedAgreement();

        for (String user : List.of("auditor", "admin")) {
            var answer = api.as(user).get("/api/v1/audit/verify").send();

            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            JsonNode report = answer.json();
            assertThat(report.path("status").asString()).isEqualTo("INTACT");
            assertThat(report.path("events").asLong()).isGreaterThanOrEqualTo(2);
            assertThat(report.path("headHash").asString()).matches(HEX_HASH);
            assertThat(report.has("firstBrokenPosition")).isFalse();
        }
    }

    @Test
    void noOneElseMayVerifyOrExport() {
        for (String path : List.of("/api/v1/audit/verify", "/api/v1/audit/export")) {
            for (String user : List.of("committee", "officer-pk")) {
                var answer = api.as(user).get(path).send();
                assertThat(answer.status()).as(user + " " + path).isEqualTo(403);
                assertThat(answer.contentType()).startsWith("application/problem+json");
            }
            assertThat(api.anonymous().get(path).send().status()).isEqualTo(401);
        }
    }

    @Test
    void aPayloadChangedInTheDatabaseIsFoundAtItsPositionUntilItIsPutBack() {
        String id = api.signedAgreement();
        long signature = history(id).get(1).path("position").asLong();
        MongoCollection<BsonDocument> events = database.getCollection(StoredCommits.COLLECTION, BsonDocument.class);
        BsonDocument original = events.find(Filters.eq("_id", signature)).first();
        assertThat(original).as("a commit of one event, stored under its position").isNotNull();
        BsonDocument forged = original.clone();
        forged.getArray("events").get(0).asDocument().getDocument("payload").put("place", new BsonString("Lahore"));

        try {
            events.replaceOne(Filters.eq("_id", signature), forged);
            JsonNode report = api.as("auditor").get("/api/v1/audit/verify").send().json();

            assertThat(report.path("status").asString()).isEqualTo("BROKEN");
            assertThat(report.path("firstBrokenPosition").asLong()).isEqualTo(signature);
        } finally {
            events.replaceOne(Filters.eq("_id", signature), original);
        }
        assertThat(api.as("auditor").get("/api/v1/audit/verify").send().json().path("status").asString())
                .isEqualTo("INTACT");
    }

    @Test
    void eachHistoryEntryCarriesTheChainHashOfItsCommit() {
        String id = api.signedAgreement();

        List<JsonNode> history = history(id);
        String headHash = api.as("auditor").get("/api/v1/audit/verify").send().json().path("headHash").asString();

        assertThat(history).hasSize(2).allSatisfy(entry -> assertThat(entry.path("hash").asString()).matches(HEX_HASH));
        assertThat(history.get(0).path("hash").asString()).isNotEqualTo(history.get(1).path("hash").asString());
        assertThat(history.get(1).path("hash").asString()).as("the signature is the last commit").isEqualTo(headHash);
    }

    @Test
    void anExportHasOneLineAnEventAndChecksOutOfflineAgainstThePublishedHeadAndNotOnceEdited(@TempDir Path directory)
            throws IOException {
        String id = api.signedAgreement();
        long signature = history(id).get(1).path("position").asLong();
        JsonNode verified = api.as("auditor").get("/api/v1/audit/verify").send().json();
        String headHash = verified.path("headHash").asString();

        var answer = api.as("auditor").get("/api/v1/audit/export").send();

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/x-ndjson");
        List<String> lines = answer.body().lines().toList();
        assertThat(lines.get(0)).contains("\"version\": 3").contains("\"headHash\": \"" + headHash + "\"");
        long fences = database.getCollection(StoredCommits.COLLECTION)
                              .countDocuments(Filters.and(Filters.exists("fence"),
                                                          Filters.lte("_id", verified.path("headPosition").asLong())));
        assertThat(lines).as("header, an event a line, a line a fence, end")
                         .hasSize(2 + (int) verified.path("events").asLong() + (int) fences);
        // events of other tests' classified agreements are withheld from this auditor: given by their digest
        assertThat(lines).filteredOn(line -> line.contains("\"event\": {") || line.contains("\"withheld\": {"))
                         .hasSize(verified.path("events").asInt());
        Path export = Files.writeString(directory.resolve("export.ndjson"), answer.body());
        assertThat(offline(export, headHash)).startsWith("0 OK:").contains("it is the export's head");

        String signatureLine = lines.stream().filter(line -> line.startsWith("{\"position\": " + signature + ","))
                                    .findFirst().orElseThrow();
        int signatureLineNumber = lines.indexOf(signatureLine) + 1;
        Path edited = Files.writeString(directory.resolve("edited.ndjson"),
                                        answer.body().replace(signatureLine,
                                                              signatureLine.replace("Minsk", "Lahore")));
        assertThat(offline(edited, headHash)).startsWith("1 FAILED at line " + signatureLineNumber
                                                                 + " (position " + signature + ")");
        Path removed = Files.writeString(directory.resolve("removed.ndjson"),
                                         answer.body().replace(signatureLine + "\n", ""));
        assertThat(offline(removed, headHash)).startsWith("1 FAILED at line " + signatureLineNumber
                                                                  + " (position " + signature + ")");
        assertThat(offline(export, "0123456789abcdef".repeat(4))).startsWith("1 FAILED: the published head hash");
        Path cut = Files.writeString(directory.resolve("cut.ndjson"), answer.body().substring(0, lines.get(0).length() + 40));
        assertThat(offline(cut, headHash)).startsWith("2 cannot check line 2");
    }

    private List<JsonNode> history(String id) {
        var answer = api.as("auditor").get("/api/v1/agreements/" + id + "/history").send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().valueStream().toList();
    }

    /** Runs the command-line verifier as a user would; its exit status and what it printed. */
    private static String offline(Path export, String head) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = VerifyExport.run(new String[] {export.toString(), head},
                                      new PrintStream(printed, true, StandardCharsets.UTF_8));
        return status + " " + printed.toString(StandardCharsets.UTF_8);
    }
}
