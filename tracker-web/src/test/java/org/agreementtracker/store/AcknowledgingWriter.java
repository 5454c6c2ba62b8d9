package org.agreementtracker.store;

import ch.qos.logback.classic.Level;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.agreementtracker.eventstore.MongoCommitStorageEngine;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * The child process of {@link EmbeddedStoreCrashTest}: opens the embedded store in a data directory, then appends
 * commits of one to four events from {@value #WRITERS} threads, each to its own {@value #AGGREGATES_PER_WRITER}
 * aggregates, and after each append returns writes one line to the acknowledgement file and flushes it to the
 * operating system (which keeps it when this process is killed). Sequence numbers go on from what the store holds.
 * <p>
 * Arguments: data directory, acknowledgement file, commits per writer (0: until killed). Any failure, such as a
 * {@code ConcurrencyException} from a wrong sequence number, ends the process with status 3.
 */
public final class AcknowledgingWriter {

    static final int WRITERS = 2;
    static final int AGGREGATES_PER_WRITER = 2;
    static final String AGGREGATE_TYPE = "CrashProbe";
    static final String DATABASE = "tracker";
    static final int FAILED = 3;

    /** The payload; the store keeps it as a document like any event of the tracker. */
    public record ProbeAppended(String aggregateId, long sequenceNumber, String filler) {
    }

    private AcknowledgingWriter() {
    }

    static List<String> aggregatesOf(int writer) {
        List<String> aggregates = new ArrayList<>();
        for (int i = 0; i < AGGREGATES_PER_WRITER; i++) {
            aggregates.add("probe-" + writer + "-" + i);
        }
        return aggregates;
    }

    static Serializer serializer() {
        return Jackson3Serializer.builder().build();
    }

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(Level.WARN);
        Path dataDirectory = Path.of(args[0]);
        Path acknowledgements = Path.of(args[1]);
        int commitsPerWriter = Integer.parseInt(args[2]);

        EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDirectory, 0, false);
        MongoClient client = MongoClients.create(server.connectionString());
        MongoCommitStorageEngine engine = MongoCommitStorageEngine.builder()
                                                                   .database(client.getDatabase(DATABASE))
                                                                   // as the tracker runs it on this store
                                                                   .positionWriteConcern(WriteConcern.W1.withJournal(false))
                                                                   .eventSerializer(serializer())
                                                                   .snapshotSerializer(serializer())
                                                                   .build();
        try (Writer acks = Files.newBufferedWriter(acknowledgements, StandardCharsets.UTF_8,
                                                   StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            List<Thread> writers = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int number = writer;
                Thread thread = new Thread(() -> append(engine, aggregatesOf(number), commitsPerWriter, acks),
                                           "writer-" + writer);
                thread.start();
                writers.add(thread);
            }
            for (Thread writer : writers) {
                writer.join();
            }
        }
        client.close();
        server.close();
        System.exit(0);
    }

    private static void append(MongoCommitStorageEngine engine, List<String> aggregates, int commits, Writer acks) {
        try {
            long[] next = new long[aggregates.size()];
            for (int i = 0; i < aggregates.size(); i++) {
                next[i] = engine.lastSequenceNumberFor(aggregates.get(i)).map(last -> last + 1).orElse(0L);
            }
            ThreadLocalRandom random = ThreadLocalRandom.current();
            for (int commit = 0; commits == 0 || commit < commits; commit++) {
                int aggregate = commit % aggregates.size();
                String aggregateId = aggregates.get(aggregate);
                int size = 1 + random.nextInt(4);
                List<DomainEventMessage<?>> events = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    long sequence = next[aggregate] + i;
                    events.add(new GenericDomainEventMessage<>(
                            AGGREGATE_TYPE, aggregateId, sequence,
                            new ProbeAppended(aggregateId, sequence, "x".repeat(random.nextInt(200)))));
                }
                engine.appendEvents(events);
                acknowledge(acks, aggregateId, next[aggregate], next[aggregate] + size - 1, events);
                next[aggregate] += size;
            }
        } catch (Throwable failure) {
            failure.printStackTrace();
            Runtime.getRuntime().halt(FAILED);
        }
    }

    /** One line per acknowledged commit, written and flushed whole: a line without its newline was never written. */
    private static void acknowledge(Writer acks, String aggregateId, long first, long last,
                                    List<DomainEventMessage<?>> events) throws IOException {
        String line = aggregateId + "\t" + first + "\t" + last + "\t"
                + events.stream().map(DomainEventMessage::getIdentifier).collect(Collectors.joining(",")) + "\n";
        synchronized (acks) {
            acks.write(line);
            acks.flush();
        }
    }
}
