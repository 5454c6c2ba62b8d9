package org.agreementtracker.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.agreementtracker.api.classification.Clearance;
import org.agreementtracker.classification.ClassificationProjection;
import org.agreementtracker.classification.Classifications;
import org.agreementtracker.classification.Readers;
import org.agreementtracker.classification.Redaction;
import org.agreementtracker.readmodel.TestMongo;
import org.bson.BsonArray;
import org.bson.BsonDateTime;
import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.BsonString;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit chain on the real driver against mongo-java-server: kept by its processor over commits laid out as the
 * event store writes them, it finds each kind of change made directly in the database, at the right position, and its
 * export checks out offline until a line is edited.
 */
class AuditChainTest {

    private TestMongo mongo;
    private MongoCollection<BsonDocument> events;
    private AuditChainProjection projection;
    private AuditChainVerifier verifier;
    private ChainExport exporter;
    private Redaction redaction;
    private MongoDatabase database;
    private long next = 1;

    @BeforeEach
    void start() {
        mongo = new TestMongo();
        database = mongo.freshDatabase();
        events = database.getCollection(StoredCommits.COLLECTION, BsonDocument.class);
        projection = new AuditChainProjection(database);
        verifier = new AuditChainVerifier(database);
        redaction = new Redaction(Readers.SCHEME, new Classifications(database));
        exporter = new ChainExport(database);
        // positions 1; 2..3 (one commit of two events); 4 a fence; 5, 6, 7, 8
        commit("a1", "registered");
        commit("a1", "signed in Minsk", "in force");
        fence();
        commit("a2", "registered");
        commit("a2", "signed");
        commit("a1", "milestone planned");
        commit("a2", "milestone planned");
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void anUntouchedStoreIsIntact() {
        AuditChainVerifier.Report report = verifier.verify();

        assertThat(report.status()).isEqualTo(AuditChainVerifier.Status.INTACT);
        assertThat(report.events()).isEqualTo(7);
        assertThat(report.headPosition()).isEqualTo(8);
        assertThat(report.headHash()).isEqualTo(recomputedHead()).isNotEqualTo(ChainHash.GENESIS);
        assertThat(report.firstBrokenPosition()).isNull();
    }

    @Test
    void redeliveredEventsChangeNothing() {
        String head = verifier.verify().headHash();
        for (long position = 1; position <= 8; position++) {
            projection.extendTo(position);
        }
        assertThat(verifier.verify()).satisfies(report -> {
            assertThat(report.headHash()).isEqualTo(head);
            assertThat(report.status()).isEqualTo(AuditChainVerifier.Status.INTACT);
        });
    }

    @Test
    void aChangedPayloadIsFoundAtItsCommit() {
        events.updateOne(Filters.eq("_id", 6L), Updates.set("events.0.payload.note", "signed later"));

        assertBrokenAt(6);
    }

    @Test
    void aChangeInsideACommitOfSeveralEventsIsFoundAtTheCommitsFirstPosition() {
        events.updateOne(Filters.eq("_id", 3L), Updates.set("events.1.payload.note", "never in force"));

        assertBrokenAt(2);
    }

    @Test
    void aDeletedCommitIsFound() {
        events.deleteOne(Filters.eq("_id", 6L));

        assertBrokenAt(6);
    }

    @Test
    void aDeletedFenceIsFound() {
        events.deleteOne(Filters.eq("_id", 4L));

        assertBrokenAt(4);
    }

    @Test
    void anInsertedCommitIsFound() {
        // room is made for the forged commit by moving every later one up a position, as a forger must
        List<BsonDocument> later = events.find(Filters.in("_id", List.of(6L, 7L, 8L))).into(new ArrayList<>());
        events.deleteMany(Filters.in("_id", List.of(6L, 7L, 8L)));
        for (BsonDocument commit : later) {
            long position = commit.getInt64("_id").getValue() + 1;
            events.insertOne(commit.append("_id", new BsonInt64(position)).append("first", new BsonInt64(position)));
        }
        events.insertOne(commitDocument(6, 6, "a1", List.of("suspended")));

        assertBrokenAt(6);
    }

    @Test
    void twoReorderedCommitsAreFoundAtTheEarlier() {
        BsonDocument fifth = events.find(Filters.eq("_id", 5L)).first();
        BsonDocument seventh = events.find(Filters.eq("_id", 7L)).first();
        events.replaceOne(Filters.eq("_id", 5L), seventh.append("_id", new BsonInt64(5)).append("first", new BsonInt64(5)));
        events.replaceOne(Filters.eq("_id", 7L), fifth.append("_id", new BsonInt64(7)).append("first", new BsonInt64(7)));

        assertBrokenAt(5);
    }

    @Test
    void theExportHasALineForEachEventAndEachFenceInPositionOrderAndChecksOutOffline() throws IOException {
        String head = verifier.verify().headHash();
        String export = export();
        List<BsonDocument> lines = export.lines().map(BsonDocument::parse).toList();

        assertThat(lines).hasSize(1 + 7 + 1 + 1);
        assertThat(lines.subList(1, 9)).extracting(line -> line.getNumber("position").longValue())
                                       .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(lines.subList(1, 9)).filteredOn(line -> line.containsKey("event")).hasSize(7);
        assertThat(lines.get(4).getDocument("fence").getString("fence").getValue()).startsWith("writer silent");
        assertThat(lines.get(9).getDocument("end").getNumber("commits").intValue()).isEqualTo(7);
        assertThat(offline(export, head)).startsWith("0 OK: 7 commits (7 events)").contains("position 8");
    }

    @Test
    void theTwoLinesOfACommitOfTwoEventsRebuildItExactlyAsStored() throws IOException {
        List<BsonDocument> lines = export().lines().map(BsonDocument::parse).toList();
        BsonDocument second = lines.get(2);
        BsonDocument third = lines.get(3);

        assertThat(second.getDocument("commit")).isEqualTo(third.getDocument("commit"));
        assertThat(second.getString("hash")).isEqualTo(third.getString("hash"));
        BsonDocument rebuilt = second.getDocument("commit").clone();
        rebuilt.put("events", new BsonArray(List.of(second.getDocument("event"), third.getDocument("event"))));
        assertThat(ChainHash.canonical(rebuilt)).isEqualTo(ChainHash.canonical(events.find(Filters.eq("_id", 3L))
                                                                                      .first()));
        assertThat(third.getDocument("event").getDocument("payload").getString("note").getValue())
                .isEqualTo("in force");
    }

    @Test
    void anEarlierPublishedHeadStillChecksOutWhenNothingBeforeItChanged() throws IOException {
        String earlier = verifier.verify().headHash();
        commit("a1", "reviewed");

        assertThat(offline(export(), earlier)).startsWith("0 OK").contains("position 8; 1 commits were recorded after it");
    }

    @Test
    void anEditedLineFailsNamingItsPosition() throws IOException {
        String head = verifier.verify().headHash();
        String edited = export().replace("\"note\": \"signed\"", "\"note\": \"never signed\"");

        assertThat(offline(edited, head)).startsWith("1 FAILED at line 7 (position 6)");
    }

    @Test
    void anEditedEventOfACommitOfTwoFailsAtThatEventsPosition() throws IOException {
        String head = verifier.verify().headHash();
        String edited = export().replace("\"note\": \"in force\"", "\"note\": \"not in force\"");

        assertThat(offline(edited, head)).startsWith("1 FAILED at line 4 (position 3)");
    }

    @Test
    void anEditedCommitOnOneLineOfTwoFails() throws IOException {
        String head = verifier.verify().headHash();
        List<String> lines = new ArrayList<>(export().lines().toList());
        lines.set(3, lines.get(3).replace("\"seq\": {\"$numberLong\": \"2\"}}]", "\"seq\": {\"$numberLong\": \"3\"}}]"));

        assertThat(offline(String.join("\n", lines), head)).startsWith("1 FAILED at line 4 (position 3)")
                                                           .contains("one of them was edited");
    }

    @Test
    void aWrongHeadFails() throws IOException {
        assertThat(offline(export(), "ab".repeat(32))).startsWith("1 FAILED: the published head hash");
    }

    @Test
    void aRemovedLineOrATruncatedExportFails() throws IOException {
        String head = verifier.verify().headHash();
        List<String> lines = new ArrayList<>(export().lines().toList());

        assertThat(offline(without(lines, 3), head)).startsWith("1 FAILED at line 4 (position 3)")
                                                    .contains("the commit of positions 2..3 lacks its line of position 3");
        assertThat(offline(without(lines, 2), head)).startsWith("1 FAILED at line 3 (position 2)")
                                                    .contains("the line of position 2: it is missing");
        assertThat(offline(without(lines, 5), head)).startsWith("1 FAILED at line 6 (position 5)");
        assertThat(offline(without(lines, 4), head)).as("a fence").startsWith("1 FAILED at line 5 (position 4)");
        assertThat(offline(without(lines, 8), head)).as("the last event")
                                                    .startsWith("1 FAILED at line 9 (position 8)")
                                                    .contains("the end line's head is position 8");
        assertThat(offline(String.join("\n", lines.subList(0, lines.size() - 1)), head))
                .startsWith("1 FAILED: the export ends without its end line");
        assertThat(offline(String.join("\n", lines.subList(0, 3)) + "\n" + lines.get(lines.size() - 1), head))
                .startsWith("1 FAILED at line 4 (position 3)").contains("lacks its lines from position 3");
    }

    @Test
    void aRepeatedOrMovedLineFailsRatherThanBeingRegrouped() throws IOException {
        String head = verifier.verify().headHash();
        List<String> lines = export().lines().toList();

        List<String> repeated = new ArrayList<>(lines);
        repeated.add(3, lines.get(2));
        assertThat(offline(String.join("\n", repeated), head)).startsWith("1 FAILED at line 4 (position 2)")
                                                              .contains("comes again or out of order");
        List<String> swapped = new ArrayList<>(lines);
        swapped.set(2, lines.get(3));
        swapped.set(3, lines.get(2));
        assertThat(offline(String.join("\n", swapped), head)).startsWith("1 FAILED at line 3 (position 2)")
                                                             .contains("missing or out of order");
        List<String> moved = new ArrayList<>(lines);
        moved.add(8, moved.remove(3));
        assertThat(offline(String.join("\n", moved), head)).startsWith("1 FAILED at line 4 (position 3)");
    }

    @Test
    void aFileThatIsNotAnAuditExportCannotBeChecked() throws IOException {
        String head = verifier.verify().headHash();
        List<String> lines = new ArrayList<>(export().lines().toList());

        lines.set(5, lines.get(5).substring(0, 40));
        assertThat(offline(String.join("\n", lines), head)).startsWith("2 cannot check line 6");
        assertThat(offline("{\"hello\": 1}", head)).startsWith("2 cannot check line 1")
                                                   .contains("not the header of an audit export");
        assertThat(offline(export().replaceFirst("\"version\": 3", "\"version\": 2"), head))
                .startsWith("2 cannot check line 1").contains("version 2 is not known");
    }

    @Test
    void anExportRedactedForItsReaderGivesWithheldEventsByTheirDigestAndChecksOutAgainstTheSameHead()
            throws IOException {
        // a1 is OFFICIAL; a2's classification is not known here, so it is withheld from all but the cleared
        database.getCollection(ClassificationProjection.COLLECTION).insertOne(
                new Document("_id", "a1").append("classification", new Document("level", "OFFICIAL")
                        .append("compartments", List.of()).append("releasableTo", List.of()))
                                         .append("milestones", new Document()));
        String head = verifier.verify().headHash();

        String redacted = export(new Clearance("OFFICIAL", Set.of(), null));

        List<String> lines = redacted.lines().toList();
        assertThat(lines).filteredOn(line -> line.contains("\"withheld\": {")).hasSize(3)
                         .allSatisfy(line -> assertThat(line).doesNotContain("\"event\":", "\"note\""));
        assertThat(lines).filteredOn(line -> line.contains("\"event\":")).hasSize(4)
                         .allSatisfy(line -> assertThat(line).contains("\"aggregateId\": \"a1\""));
        assertThat(lines.get(lines.size() - 1)).contains("\"withheld\": 3");
        assertThat(offline(redacted, head)).startsWith("0 OK").contains("3 events withheld")
                                           .contains("Head hash of this export: " + head);
        assertThat(offline(export(), head)).startsWith("0 OK").contains("Head hash of this export: " + head);
        // a withheld event changed behind the tracker's back changes its digest, and the chain does not hold
        String withheldLine = lines.stream().filter(line -> line.contains("\"withheld\": {")).findFirst().orElseThrow();
        String digest = withheldLine.replaceAll(".*\"eventDigest\": \"([0-9a-f]{64})\".*", "$1");
        String other = (digest.charAt(0) == '0' ? "1" : "0") + digest.substring(1);
        assertThat(offline(redacted.replace(digest, other), head)).startsWith("1 FAILED");
    }

    @Test
    void theExportOfAChangedStoreFailsOfflineAtTheChangedCommit() throws IOException {
        String head = verifier.verify().headHash();
        events.updateOne(Filters.eq("_id", 3L), Updates.set("events.1.payload.note", "never in force"));

        assertThat(offline(export(), head)).startsWith("1 FAILED at line 3 (position 2)")
                                           .contains("the commit of positions 2..3 does not hash");
    }

    private static String without(List<String> lines, int index) {
        List<String> fewer = new ArrayList<>(lines);
        fewer.remove(index);
        return String.join("\n", fewer);
    }

    private void assertBrokenAt(long position) {
        AuditChainVerifier.Report report = verifier.verify();
        assertThat(report.status()).as(report.toString()).isEqualTo(AuditChainVerifier.Status.BROKEN);
        assertThat(report.firstBrokenPosition()).as(report.reason()).isEqualTo(position);
        assertThat(report.events()).isEqualTo(7);
    }

    private String export() throws IOException {
        return export(Readers.CLEARANCE);
    }

    private String export(Clearance reader) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        exporter.writeTo(bytes, ExportRedaction.forReader(redaction, reader));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** The verifier's exit status and what it printed. */
    private static String offline(String export, String head) throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int status = VerifyExport.check(new BufferedReader(new StringReader(export)), head,
                                        new PrintStream(printed, true, StandardCharsets.UTF_8));
        return status + " " + printed.toString(StandardCharsets.UTF_8);
    }

    private String recomputedHead() {
        String hash = ChainHash.GENESIS;
        for (BsonDocument commit : events.find().sort(new BsonDocument("_id", new BsonInt64(1))).into(new ArrayList<>())) {
            hash = ChainHash.next(hash, commit);
        }
        return hash;
    }

    /** Stores a commit as the event store would, then lets the processor see its events. */
    private void commit(String aggregateId, String... notes) {
        long first = next;
        long last = next + notes.length - 1;
        events.insertOne(commitDocument(first, last, aggregateId, List.of(notes)));
        next = last + 1;
        for (long position = first; position <= last; position++) {
            projection.extendTo(position);
        }
    }

    private void fence() {
        events.insertOne(new BsonDocument("_id", new BsonInt64(next)).append("first", new BsonInt64(next))
                                 .append("ts", new BsonDateTime(1_750_000_000_000L))
                                 .append("fence", new BsonString("writer silent for PT10S")));
        next++;
    }

    static BsonDocument commitDocument(long first, long last, String aggregateId, List<String> notes) {
        BsonArray stored = new BsonArray();
        for (int i = 0; i < notes.size(); i++) {
            stored.add(new BsonDocument("id", new BsonString("event-" + (first + i)))
                               .append("type", new BsonString("org.agreementtracker.api.agreement.Noted"))
                               .append("ts", new BsonDateTime(1_750_000_000_000L + first + i))
                               .append("aggregateType", new BsonString("Agreement"))
                               .append("aggregateId", new BsonString(aggregateId))
                               .append("seq", new BsonInt64(first + i))
                               .append("payload", new BsonDocument("agreementId", new BsonString(aggregateId))
                                       .append("note", new BsonString(notes.get(i))))
                               .append("meta", new BsonDocument("user", new BsonString("chair"))));
        }
        return new BsonDocument("_id", new BsonInt64(last)).append("first", new BsonInt64(first))
                                                          .append("ts", new BsonDateTime(1_750_000_000_000L + first))
                                                          .append("streams", new BsonArray(List.of(new BsonDocument(
                                                                  "id", new BsonString(aggregateId))
                                                                  .append("seq", new BsonInt64(first)))))
                                                          .append("events", stored);
    }
}
