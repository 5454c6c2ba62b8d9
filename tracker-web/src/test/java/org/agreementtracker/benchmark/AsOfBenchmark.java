package org.agreementtracker.benchmark;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.actor.MetadataKeys;
import org.agreementtracker.api.agreement.AgreementEvent;
import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.agreement.AgreementSigned;
import org.agreementtracker.api.agreement.Party;
import org.agreementtracker.api.agreement.Signatory;
import org.agreementtracker.api.board.AgreementPage;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.MilestoneRescheduled;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;
import org.agreementtracker.api.review.ReviewRecorded;
import org.agreementtracker.asof.AsOfReads;
import org.agreementtracker.asof.BoardHistory;
import org.agreementtracker.asof.Checkpoint;
import org.agreementtracker.asof.Checkpoints;
import org.agreementtracker.eventstore.MongoCommitStorageEngine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The as-of engine at scale ({@code -Dbenchmark.suite=asof}): a store of {@code benchmark.asof.events} real tracker
 * events (agreements registered, signed and planned, then a year of reports, some late, reschedules and reviews,
 * appended with the engine's bulk append), checkpoints taken as the checkpoint processor would (every
 * {@code benchmark.asof.checkpointEvery} events), then the whole board as of instants spread over the year, each
 * timed. Writes its section of {@code BENCHMARKS.md}.
 */
public final class AsOfBenchmark {

    private static final Instant START = Instant.parse("2024-01-01T00:00:00Z");
    private static final Duration SPACING = Duration.ofSeconds(30);
    private static final int MILESTONES = 8;
    private static final BodyRegister BODIES = BodyRegister.of(List.of(new Body("PK-MOC", "PK", "Commerce"),
                                                                       new Body("BY-MINTRADE", "BY", "Trade")));
    private static final Actor PK = Actor.ministry("officer-pk", "PK", "PK-MOC");
    private static final Actor BY = Actor.ministry("officer-by", "BY", "BY-MINTRADE");
    private static final Actor CHAIR = Actor.committee("chair");

    private final long events = Long.getLong("benchmark.asof.events", 1_000_000);
    private final int agreements = Integer.getInteger("benchmark.asof.agreements", 5_000);
    private final long checkpointEvery = Long.getLong("benchmark.asof.checkpointEvery", 10_000);
    private final int instants = Integer.getInteger("benchmark.asof.instants", 10);
    private final int batchSize = Integer.getInteger("benchmark.asof.batchSize", 100);
    private final Path output = Path.of(System.getProperty("benchmark.output", "BENCHMARKS.md"));
    private final Random random = new Random(42);
    private final List<String> log = new ArrayList<>();

    private long written;
    private final int[] sequences;
    private final LocalDate[][] dueOn;

    private AsOfBenchmark() {
        sequences = new int[agreements];
        dueOn = new LocalDate[agreements][MILESTONES];
    }

    public static void main(String[] args) throws Exception {
        new AsOfBenchmark().run();
        System.exit(0);
    }

    private void print(String format, Object... args) {
        String line = format.formatted(args);
        System.out.println("[asof] " + line);
        log.add(line);
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** Whether other work competed for the cores when the run started, judged by the 1-minute load average. */
    private static String competition(String loadAverage) {
        int cores = Runtime.getRuntime().availableProcessors();
        try {
            double oneMinute = Double.parseDouble(loadAverage.split("\\s+")[0]);
            return oneMinute > cores
                   ? "above the %d cores: other work competed for the CPU".formatted(cores)
                   : "within the %d cores: no other work to speak of".formatted(cores);
        } catch (NumberFormatException e) {
            return "unknown whether other work competed";
        }
    }

    private void run() throws Exception {
        long began = System.nanoTime();
        String loadBefore = load();
        Serializer serializer = Jackson3Serializer.builder().build();
        Path directory = Files.createTempDirectory("asof-benchmark");
        try (EmbeddedStore store = new EmbeddedStore(directory, false)) {
            MongoDatabase database = store.client.getDatabase("tracker");
            MongoCommitStorageEngine engine = MongoCommitStorageEngine.builder().database(database)
                                                                      .eventSerializer(serializer)
                                                                      .snapshotSerializer(serializer)
                                                                      .batchSize(batchSize).build();
            long fillStart = System.nanoTime();
            List<DomainEventMessage<?>> batch = new ArrayList<>();
            while (written < events) {
                batch.add(next());
                if (batch.size() == 1_000 || written == events) {
                    engine.appendCommitsInBulk(batch.stream().map(List::of).toList());
                    batch = new ArrayList<>();
                    if (written % 100_000 == 0) {
                        print("filled %,d events, %,.0f events/s", written,
                              written / seconds(fillStart));
                    }
                }
            }
            double fillSeconds = seconds(fillStart);
            long diskBefore = store.diskBytes();

            Checkpoints checkpoints = new Checkpoints(database, 200);
            BoardHistory history = new BoardHistory(engine, checkpoints, Duration.ofMinutes(1));
            long checkpointStart = System.nanoTime();
            int taken = 0;
            for (long position = checkpointEvery; position <= events + checkpointEvery; position += checkpointEvery) {
                if (history.checkpointAt(position) != null) {
                    taken++;
                }
            }
            double checkpointSeconds = seconds(checkpointStart);
            long checkpointBytes = store.diskBytes() - diskBefore;
            long chunkBytes = 0;
            // chunk by chunk: the embedded store answers a find in one reply, however large
            for (Checkpoint checkpoint : checkpoints.all()) {
                for (int n = 0; n < checkpoint.chunks(); n++) {
                    org.bson.Document chunk = database.getCollection(Checkpoints.CHUNKS)
                                                      .find(com.mongodb.client.model.Filters.eq(
                                                              "_id", checkpoint.position() + "/" + n)).first();
                    chunkBytes += chunk == null ? 0 : chunk.get("data", org.bson.types.Binary.class).length();
                }
            }
            print("%d checkpoints in %.1f s, %,d bytes on disk more, %,d bytes of compressed chunks", taken,
                  checkpointSeconds, checkpointBytes, chunkBytes);

            Instant end = START.plus(SPACING.multipliedBy(events));
            AsOfReads reads = new AsOfReads(history, engine, BODIES, Clock.fixed(end.plusSeconds(3600), ZoneOffset.UTC));
            // one answer first, so that the figures below are of a JVM that has run the code
            reads.agreements(new ListAgreements(null, null, null, null, null, end), Set.of());
            List<String> rows = new ArrayList<>();
            double[] millis = new double[instants];
            for (int i = 0; i < instants; i++) {
                Instant asOf = START.plus(Duration.ofMillis(
                        (long) ((i + 0.5) / instants * Duration.between(START, end).toMillis())));
                long loadStart = System.nanoTime();
                Checkpoint newest = checkpoints.latestAtOrBefore(asOf);
                if (newest != null) {
                    checkpoints.load(newest);
                }
                double loadMillis = (System.nanoTime() - loadStart) / 1e6;
                long start = System.nanoTime();
                AgreementPage board = reads.agreements(new ListAgreements(null, null, null, null, null, asOf),
                                                       Set.of());
                millis[i] = (System.nanoTime() - start) / 1e6;
                long summaryStart = System.nanoTime();
                reads.summary(asOf);
                double summaryMillis = (System.nanoTime() - summaryStart) / 1e6;
                rows.add("| %s | %,d | %s | %s | %s |".formatted(asOf, board.total(), ReportFormat.millis(millis[i]),
                                                                  ReportFormat.millis(loadMillis),
                                                                  ReportFormat.millis(summaryMillis)));
                print("as of %s: %,d rows in %.0f ms (checkpoint load %.0f ms; summary %.0f ms)", asOf,
                      board.total(), millis[i], loadMillis, summaryMillis);
            }
            long detailStart = System.nanoTime();
            reads.agreement("agr-" + (agreements / 2), START.plus(Duration.between(START, end).dividedBy(2)));
            double detailMillis = (System.nanoTime() - detailStart) / 1e6;

            // without checkpoints every answer folds the log from its start: timed over the first 5 % of the year
            BoardHistory noCheckpoints = new BoardHistory(engine, new Checkpoints(
                    store.client.getDatabase("empty"), 200), Duration.ofMinutes(1));
            Instant early = START.plus(Duration.between(START, end).dividedBy(20));
            long replayStart = System.nanoTime();
            new AsOfReads(noCheckpoints, engine, BODIES, Clock.fixed(end, ZoneOffset.UTC))
                    .agreements(new ListAgreements(null, null, null, null, null, early), Set.of());
            double replaySeconds = seconds(replayStart);
            double replayRate = events / 20.0 / replaySeconds;
            print("without checkpoints, as of %s: %.1f s, %,.0f events/s", early, replaySeconds, replayRate);

            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            write(fillSeconds, taken, checkpointSeconds, checkpointBytes, chunkBytes, rows, sorted, detailMillis,
                  replaySeconds, replayRate, loadBefore, seconds(began));
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    // ---------------------------------------------------------------------------------------------- the history

    private DomainEventMessage<?> next() {
        long registration = (long) agreements * (2 + MILESTONES);
        if (written < registration) {
            int agreement = (int) (written / (2 + MILESTONES));
            int step = (int) (written % (2 + MILESTONES));
            return message(agreement, opening(agreement, step), CHAIR, day());
        }
        int agreement = random.nextInt(agreements);
        int milestone = random.nextInt(MILESTONES);
        String agreementId = id(agreement);
        String milestoneId = "m" + milestone;
        int kind = random.nextInt(100);
        if (kind < 4) {
            LocalDate previous = dueOn[agreement][milestone];
            LocalDate next = previous.plusDays(30 + random.nextInt(90));
            dueOn[agreement][milestone] = next;
            return message(agreement, new MilestoneRescheduled(agreementId, milestoneId, previous, next, "later"),
                           CHAIR, day());
        }
        if (kind < 8) {
            return message(agreement, new ReviewRecorded(agreementId, UUID.randomUUID().toString(), day(),
                                                         ImplementationScore.values()[random.nextInt(3)],
                                                         Confidence.values()[random.nextInt(3)], "findings",
                                                         List.of()), CHAIR, day());
        }
        // a report, often about a day some weeks back: late reports are what as-of is for
        LocalDate occurredOn = day().minusDays(random.nextInt(21));
        if (occurredOn.isBefore(LocalDate.of(2024, 1, 1))) {
            occurredOn = LocalDate.of(2024, 1, 1);
        }
        Actor officer = random.nextBoolean() ? PK : BY;
        boolean achieved = random.nextInt(10) == 0;
        return message(agreement, new MilestoneProgressReported(
                agreementId, milestoneId, UUID.randomUUID().toString(), officer.side(), officer.body(), officer,
                occurredOn, achieved ? ReportStatus.ACHIEVED : ReportStatus.IN_PROGRESS,
                achieved ? 100 : 1 + random.nextInt(99), milestone == 0 ? BigDecimal.valueOf(random.nextInt(900))
                : null, "progress", List.of()), officer, occurredOn);
    }

    private AgreementEvent opening(int agreement, int step) {
        String agreementId = id(agreement);
        if (step == 0) {
            return new AgreementRegistered(agreementId, "PKBY-%05d".formatted(agreement), "Agreement " + agreement,
                                           AgreementKind.AGREEMENT, List.of(agreement % 2 == 0 ? "TRADE" : "ENERGY"),
                                           List.of(new Party("PK-MOC", "PK"), new Party("BY-MINTRADE", "BY")),
                                           null, null, null, null);
        }
        if (step == 1) {
            return new AgreementSigned(agreementId, LocalDate.of(2023, 12, 1), "Minsk",
                                       List.of(new Signatory("A", "Minister", "PK"),
                                               new Signatory("B", "Minister", "BY")));
        }
        int milestone = step - 2;
        LocalDate due = LocalDate.of(2024, 3, 1).plusDays(random.nextInt(400));
        dueOn[agreement][milestone] = due;
        return new MilestonePlanned(agreementId, "m" + milestone, "Milestone " + milestone, due,
                                    milestone % 2 == 0 ? "PK-MOC" : "BY-MINTRADE", milestone % 2 == 0 ? "PK" : "BY",
                                    1 + milestone % 3,
                                    milestone == 0 ? new Indicator("Turnover", "USD million", BigDecimal.valueOf(1000),
                                                                   null, null, true) : null);
    }

    private static String id(int agreement) {
        return "agr-" + agreement;
    }

    private LocalDate day() {
        return LocalDate.ofInstant(now(), ZoneOffset.UTC);
    }

    private Instant now() {
        return START.plus(SPACING.multipliedBy(written));
    }

    private DomainEventMessage<?> message(int agreement, AgreementEvent event, Actor actor, LocalDate occurredOn) {
        Map<String, Object> metaData = new HashMap<>(actor.toMetadata());
        metaData.put(MetadataKeys.OCCURRED_ON, occurredOn.toString());
        DomainEventMessage<?> message = new GenericDomainEventMessage<>(
                "Agreement", id(agreement), sequences[agreement]++, event, metaData, UUID.randomUUID().toString(),
                now());
        written++;
        return message;
    }

    // ---------------------------------------------------------------------------------------------- the report

    private void write(double fillSeconds, int taken, double checkpointSeconds, long checkpointBytes,
                       long chunkBytes, List<String> rows, double[] sorted, double detailMillis,
                       double replaySeconds, double replayRate, String loadBefore, double tookSeconds) {
        double p50 = sorted[(sorted.length - 1) / 2];
        double max = sorted[sorted.length - 1];
        StringBuilder text = new StringBuilder();
        text.append("# As-of benchmark\n\n")
            .append("Written by the benchmark itself (`org.agreementtracker.benchmark.AsOfBenchmark`, ")
            .append("`-Dbenchmark.suite=asof`); do not edit, run it again. It is not part of the test run.\n\n")
            .append("| | |\n|---|---|\n")
            .append("| date | %s, took %.0f s |\n".formatted(
                    ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                    tookSeconds))
            .append("| command | `./mvnw -B -Pbenchmark -pl tracker-web -am verify -DskipTests "
                            + "-Dbenchmark.suite=asof` |\n")
            .append("| machine | %s |\n".formatted(ReportFormat.machine()))
            .append("| load average at start | %s (%s) |\n".formatted(loadBefore, competition(loadBefore)))
            .append("| load average at end | %s |\n".formatted(load()))
            .append("| store | the embedded store (H2 file, no fsync), the tracker's engine |\n")
            .append("| events | %,d in %,d agreements of %d milestones, appended in bulk in %.0f s; one event "
                            .formatted(events, agreements, MILESTONES, fillSeconds)
                    + "every 30 s of timestamps (%s to %s): registrations, then reports (dated up to 3 weeks before "
                            .formatted(START, START.plus(SPACING.multipliedBy(events)))
                    + "they were recorded), reschedules, reviews |\n")
            .append("| checkpoints | %d, one every %,d events, taken in %.0f s; %,.0f MB of compressed chunks, "
                            .formatted(taken, checkpointEvery, checkpointSeconds, chunkBytes / 1e6)
                    + "%,.0f MB more on disk |\n".formatted(checkpointBytes / 1e6))
            .append("\n**The whole board as of an instant** (`GET /agreements?asOf=...`, all %,d rows, no paging), "
                            .formatted(agreements))
            .append("%d instants spread over the year: **p50 %s ms, max %s ms**. ".formatted(
                    sorted.length, ReportFormat.millis(p50), ReportFormat.millis(max)))
            .append("Each answer loads the newest checkpoint before the instant and folds the events after it up to ")
            .append("the instant (plus a minute's grace), at most about %,d.\n\n".formatted(checkpointEvery))
            .append("| as of | rows | board ms | of which loading the checkpoint, ms (measured apart) | summary ms |\n")
            .append("|---|---|---|---|---|\n");
        rows.forEach(row -> text.append(row).append('\n'));
        text.append("\nOne agreement as of mid-year (its own events only): %s ms. ".formatted(
                    ReportFormat.millis(detailMillis)))
            .append("**Without checkpoints** every answer folds the log from its start: as of 5 % into the year ")
            .append("(%,d events) that took %.1f s, %,.0f events/s, so about %,.0f s for the whole log; which is "
                            .formatted(events / 20, replaySeconds, replayRate, events / replayRate))
            .append("why there are checkpoints.\n");
        ReportSection.write(output, "asof-benchmark", text.toString());
        print("p50 %.0f ms, max %.0f ms; written to %s", p50, max, output);
    }
}
