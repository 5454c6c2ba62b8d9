package org.agreementtracker.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Sorts;
import org.agreementtracker.eventstore.MongoCommitStorageEngine;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * {@code kill -9} loses nothing that was acknowledged. A child JVM ({@link AcknowledgingWriter}) appends commits on
 * the embedded store and records each acknowledged one; it is killed with SIGKILL at a random moment, several times.
 * After each kill this test opens the store file itself and checks that every acknowledged commit is there, whole,
 * at its place in the global order, and that readers and the next writer can go on from what is there.
 */
class EmbeddedStoreCrashTest {

    private static final int KILLS = 6;
    private static final long MAX_DELAY_BEFORE_KILL_MILLIS = 1_500;
    private static final Duration CHILD_START_TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    Path workDirectory;

    private final long seed = System.nanoTime();
    private final Random random = new Random(seed);
    private final List<AcknowledgedCommit> acknowledged = new ArrayList<>();
    private final List<Process> children = new ArrayList<>();

    @AfterEach
    void killWritersLeftByAFailure() {
        children.stream().filter(Process::isAlive).forEach(Process::destroyForcibly);
    }

    @Test
    void everyAcknowledgedCommitSurvivesSigkillAndAppendsGoOnAfterRestart() throws Exception {
        Path dataDirectory = workDirectory.resolve("data");
        List<String> report = new ArrayList<>();
        for (int run = 1; run <= KILLS; run++) {
            Process child = startWriter(run, dataDirectory, 0);
            awaitFirstAcknowledgement(run, child);
            Thread.sleep(random.nextLong(MAX_DELAY_BEFORE_KILL_MILLIS));
            if (!child.isAlive()) {
                fail("Run %d: the writer stopped before it was killed (status %d):%n%s", run, child.exitValue(),
                     logOf(run));
            }
            child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no flush, no close
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();

            List<AcknowledgedCommit> thisRun = readAcknowledgements(run);
            assertThat(thisRun).as("commits acknowledged in run %d", run).isNotEmpty();
            acknowledged.addAll(thisRun);
            Verification verification = verifyStore(dataDirectory, run);
            report.add(String.format("run %d: killed after %d commits acknowledged (%d events); lost %d; "
                                             + "stored but never acknowledged so far %d",
                                     run, thisRun.size(), eventsIn(thisRun), verification.lost(),
                                     verification.unacknowledged().size()));
        }

        // a last run that is not killed: it must pick up every aggregate's sequence where the store left it
        int finalRun = KILLS + 1;
        Process child = startWriter(finalRun, dataDirectory, 10);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the final writer ends by itself").isTrue();
        assertThat(child.exitValue()).as("final writer's status; its log:%n%s", logOf(finalRun)).isZero();
        List<AcknowledgedCommit> lastRun = readAcknowledgements(finalRun);
        assertThat(lastRun).hasSize(10 * AcknowledgingWriter.WRITERS);
        acknowledged.addAll(lastRun);
        Verification verification = verifyStore(dataDirectory, finalRun);
        report.add(String.format("run %d: ended by itself after %d commits (%d events); lost %d", finalRun,
                                 lastRun.size(), eventsIn(lastRun), verification.lost()));

        System.out.printf("EmbeddedStoreCrashTest (seed %d): %d commits acknowledged in all, %d lost%n  %s%n", seed,
                          acknowledged.size(), verification.lost(), String.join("\n  ", report));
    }

    // -------------------------------------------------------------------------------------------- the child process

    private Process startWriter(int run, Path dataDirectory, int commitsPerWriter) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Daxoniq.update-checker.disabled=true",
                "-cp", System.getProperty("java.class.path"),
                AcknowledgingWriter.class.getName(),
                dataDirectory.toString(), acknowledgementsOf(run).toString(), Integer.toString(commitsPerWriter));
        builder.redirectErrorStream(true).redirectOutput(workDirectory.resolve("writer-" + run + ".log").toFile());
        Process child = builder.start();
        children.add(child);
        return child;
    }

    private void awaitFirstAcknowledgement(int run, Process child) throws Exception {
        long deadline = System.nanoTime() + CHILD_START_TIMEOUT.toNanos();
        while (!Files.exists(acknowledgementsOf(run)) || Files.size(acknowledgementsOf(run)) == 0) {
            if (!child.isAlive()) {
                fail("Run %d: the writer ended before its first commit (status %d):%n%s", run, child.exitValue(),
                     logOf(run));
            }
            if (System.nanoTime() > deadline) {
                child.destroyForcibly();
                fail("Run %d: no commit acknowledged within %s:%n%s", run, CHILD_START_TIMEOUT, logOf(run));
            }
            Thread.sleep(20);
        }
    }

    private Path acknowledgementsOf(int run) {
        return workDirectory.resolve("acknowledged-" + run + ".tsv");
    }

    private String logOf(int run) throws IOException {
        Path log = workDirectory.resolve("writer-" + run + ".log");
        return Files.exists(log) ? Files.readString(log) : "(no log)";
    }

    /** Only whole lines count: the writer acknowledges a commit by writing its line, newline last. */
    private List<AcknowledgedCommit> readAcknowledgements(int run) throws IOException {
        String content = Files.readString(acknowledgementsOf(run), StandardCharsets.UTF_8);
        String complete = content.substring(0, content.lastIndexOf('\n') + 1);
        return complete.lines().map(line -> AcknowledgedCommit.parse(run, line)).toList();
    }

    private static long eventsIn(List<AcknowledgedCommit> commits) {
        return commits.stream().mapToLong(commit -> commit.eventIds().size()).sum();
    }

    // ---------------------------------------------------------------------------------------------- verification

    private Verification verifyStore(Path dataDirectory, int run) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDirectory, 0, false);
             MongoClient client = MongoClients.create(server.connectionString())) {
            List<StoredCommit> stored = readCommits(client);
            assertGlobalOrderIntact(run, stored);

            Map<String, StoredEvent> eventsById = new HashMap<>();
            Map<String, StoredCommit> commitsByEventId = new HashMap<>();
            for (StoredCommit commit : stored) {
                for (StoredEvent event : commit.events()) {
                    assertThat(eventsById.put(event.id(), event)).as("event %s stored once", event.id()).isNull();
                    commitsByEventId.put(event.id(), commit);
                }
            }

            int lost = 0;
            for (AcknowledgedCommit commit : acknowledged) {
                if (!isStoredWhole(commit, eventsById, commitsByEventId)) {
                    lost++;
                }
            }
            assertThat(lost).as("acknowledged commits lost or damaged after run %d", run).isZero();

            Set<String> acknowledgedIds = new HashSet<>();
            acknowledged.forEach(commit -> acknowledgedIds.addAll(commit.eventIds()));
            List<StoredCommit> unacknowledged = stored.stream()
                                                      .filter(commit -> !commit.events().isEmpty())
                                                      .filter(commit -> !acknowledgedIds.contains(
                                                              commit.events().get(0).id()))
                                                      .toList();
            // each writer thread has at most one commit in flight when it is killed
            assertThat(unacknowledged).as("commits stored without acknowledgement")
                                      .hasSizeLessThanOrEqualTo(run * AcknowledgingWriter.WRITERS);

            MongoCommitStorageEngine engine = verifyingEngine(client);
            assertAggregateSequencesContiguous(engine, stored);
            assertTrackingReaderDeliversEverythingInOrder(engine, stored);
            return new Verification(lost, unacknowledged);
        }
    }

    private static List<StoredCommit> readCommits(MongoClient client) {
        List<StoredCommit> commits = new ArrayList<>();
        client.getDatabase(AcknowledgingWriter.DATABASE)
              .getCollection("events", BsonDocument.class)
              .find()
              .sort(Sorts.ascending("_id"))
              .forEach(document -> commits.add(StoredCommit.of(document)));
        return commits;
    }

    /**
     * Commits and fences take disjoint, increasing position ranges; a commit has one event per position. Positions
     * nobody filled are those a killed writer had reserved: at most one reservation per writer thread of this run,
     * and as many left at the head by the run before (readers fence a silent position only once a later commit
     * exists). More would mean reservations lost while the writer was alive, each one stalling every reader.
     */
    private static void assertGlobalOrderIntact(int run, List<StoredCommit> stored) {
        long previousLast = 0;
        int unfilled = 0;
        for (StoredCommit commit : stored) {
            assertThat(commit.first()).as("run %d: commit %d starts after the one before", run, commit.last())
                                      .isGreaterThan(previousLast)
                                      .isLessThanOrEqualTo(commit.last());
            if (commit.first() > previousLast + 1) {
                unfilled++;
            }
            if (!commit.fence()) {
                assertThat(commit.events()).as("run %d: events of commit %d..%d", run, commit.first(), commit.last())
                                           .hasSize((int) (commit.last() - commit.first() + 1));
                for (int i = 0; i < commit.events().size(); i++) {
                    assertThat(commit.events().get(i).position()).isEqualTo(commit.first() + i);
                }
            }
            previousLast = commit.last();
        }
        assertThat(unfilled).as("run %d: runs of unfilled positions before the last commit", run)
                            .isLessThanOrEqualTo(2 * AcknowledgingWriter.WRITERS);
    }

    /** Every event of the commit, in one stored commit, at consecutive positions, with its sequence numbers. */
    private static boolean isStoredWhole(AcknowledgedCommit acknowledged, Map<String, StoredEvent> eventsById,
                                         Map<String, StoredCommit> commitsByEventId) {
        StoredCommit commit = commitsByEventId.get(acknowledged.eventIds().get(0));
        if (commit == null || commit.events().size() != acknowledged.eventIds().size()) {
            return false;
        }
        for (int i = 0; i < acknowledged.eventIds().size(); i++) {
            StoredEvent event = eventsById.get(acknowledged.eventIds().get(i));
            if (event == null || commitsByEventId.get(event.id()) != commit
                    || event.position() != commit.first() + i
                    || !event.aggregateId().equals(acknowledged.aggregateId())
                    || event.sequence() != acknowledged.firstSequence() + i) {
                return false;
            }
        }
        return acknowledged.lastSequence() == acknowledged.firstSequence() + acknowledged.eventIds().size() - 1;
    }

    /**
     * Each aggregate's events are 0, 1, 2, ... in position order, and the engine reports the last of them: the
     * next writer starts there, so it neither collides with a stored commit nor leaves a gap.
     */
    private static void assertAggregateSequencesContiguous(MongoCommitStorageEngine engine, List<StoredCommit> stored) {
        Map<String, List<Long>> sequencesByAggregate = new LinkedHashMap<>();
        stored.forEach(commit -> commit.events().forEach(event -> sequencesByAggregate
                .computeIfAbsent(event.aggregateId(), id -> new ArrayList<>()).add(event.sequence())));
        sequencesByAggregate.forEach((aggregateId, sequences) -> {
            assertThat(sequences).as("sequence numbers of %s in position order", aggregateId)
                                 .containsExactlyElementsOf(
                                         IntStream.range(0, sequences.size()).mapToObj(Long::valueOf).toList());
            assertThat(engine.lastSequenceNumberFor(aggregateId)).as("last sequence number of %s", aggregateId)
                                                                 .contains((long) sequences.size() - 1);
        });
    }

    /**
     * A tracking reader from the start gets every stored event once, in position order. Positions a killed writer
     * reserved but never filled are fenced by this reader (its gap timeout has long passed) rather than waited for.
     */
    private static void assertTrackingReaderDeliversEverythingInOrder(MongoCommitStorageEngine engine,
                                                                      List<StoredCommit> stored) {
        List<String> storedIds = stored.stream().flatMap(commit -> commit.events().stream()).map(StoredEvent::id)
                                       .toList();
        List<? extends TrackedEventMessage<?>> tracked = engine.readEvents(null, false).toList();
        assertThat(tracked).extracting(TrackedEventMessage::getIdentifier).containsExactlyElementsOf(storedIds);
        long[] positions = tracked.stream().mapToLong(event -> event.trackingToken().position().orElseThrow())
                                  .toArray();
        assertThat(positions).as("tracking positions").isSorted().doesNotHaveDuplicates();
    }

    private static MongoCommitStorageEngine verifyingEngine(MongoClient client) {
        return MongoCommitStorageEngine.builder()
                                       .database(client.getDatabase(AcknowledgingWriter.DATABASE))
                                       .eventSerializer(AcknowledgingWriter.serializer())
                                       .snapshotSerializer(AcknowledgingWriter.serializer())
                                       .gapTimeout(Duration.ZERO)
                                       // the writer is dead: its reserved positions are overdue at once
                                       .clock(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(1)))
                                       .build();
    }

    // ---------------------------------------------------------------------------------------------- records

    record AcknowledgedCommit(int run, String aggregateId, long firstSequence, long lastSequence,
                              List<String> eventIds) {

        static AcknowledgedCommit parse(int run, String line) {
            String[] fields = line.split("\t");
            return new AcknowledgedCommit(run, fields[0], Long.parseLong(fields[1]), Long.parseLong(fields[2]),
                                          Arrays.asList(fields[3].split(",")));
        }
    }

    record StoredEvent(long position, String id, String aggregateId, long sequence) {
    }

    record StoredCommit(long first, long last, boolean fence, List<StoredEvent> events) {

        static StoredCommit of(BsonDocument document) {
            long first = document.getInt64("first").getValue();
            List<StoredEvent> events = new ArrayList<>();
            for (BsonValue value : document.getArray("events", new BsonArray())) {
                BsonDocument event = value.asDocument();
                events.add(new StoredEvent(first + events.size(), event.getString("id").getValue(),
                                           event.getString("aggregateId").getValue(),
                                           event.getInt64("seq").getValue()));
            }
            return new StoredCommit(first, document.getInt64("_id").getValue(), document.containsKey("fence"),
                                    events);
        }
    }

    record Verification(int lost, List<StoredCommit> unacknowledged) {
    }
}
