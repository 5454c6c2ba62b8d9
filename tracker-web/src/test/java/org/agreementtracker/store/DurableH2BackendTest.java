package org.agreementtracker.store;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded store's backend, through the real driver over TCP, as the tracker uses it. */
class DurableH2BackendTest {

    private static final int CONNECTIONS = 3;
    private static final int INCREMENTS_PER_CONNECTION = 2_000;

    /**
     * The event store's position counter: each writer must be answered with the value its own increment produced.
     * Several clients, so that the increments arrive on different connections, as from several tracker threads.
     */
    @Test
    void concurrentIncrementsAreEachAnsweredWithTheirOwnValue(@TempDir Path dataDirectory) throws Exception {
        Set<Long> answered = ConcurrentHashMap.newKeySet();
        AtomicInteger duplicates = new AtomicInteger();
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDirectory, 0, false)) {
            List<MongoClient> clients = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (int i = 0; i < CONNECTIONS; i++) {
                MongoClient client = MongoClients.create(server.connectionString());
                clients.add(client);
                MongoCollection<Document> counters = client.getDatabase("tracker").getCollection("counters")
                                                           .withWriteConcern(WriteConcern.W1.withJournal(false));
                Thread thread = new Thread(() -> {
                    awaitQuietly(start);
                    for (int n = 0; n < INCREMENTS_PER_CONNECTION; n++) {
                        Document counter = counters.findOneAndUpdate(
                                Filters.eq("_id", "events"), Updates.inc("last", 1L),
                                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
                        if (!answered.add(counter.get("last", Number.class).longValue())) {
                            duplicates.incrementAndGet();
                        }
                    }
                });
                thread.start();
                threads.add(thread);
            }
            start.countDown();
            for (Thread thread : threads) {
                thread.join();
            }
            clients.forEach(MongoClient::close);
        }

        assertThat(duplicates).as("increments answered with another increment's value").hasValue(0);
        assertThat(answered).hasSize(CONNECTIONS * INCREMENTS_PER_CONNECTION)
                            .allMatch(value -> value >= 1 && value <= CONNECTIONS * INCREMENTS_PER_CONNECTION);
    }

    /**
     * What lets the projections write without waiting for a commit ({@link ReadModelDatabase}): a write sent with
     * {@code j: false} goes to disk with the next journaled write, and a crash loses only what came after the last
     * commit. The store's own once-a-second commit is off here, so that only the writes decide what is on disk.
     */
    @Test
    void unjournaledWritesReachTheFileWithTheNextJournaledOneAndACrashLosesOnlyWhatCameAfter(@TempDir Path directory) {
        String file = directory.resolve("store.mv.db").toString();
        MVStore store = new MVStore.Builder().fileName(file).autoCommitDisabled().open();
        MongoServer server = new MongoServer(new DurableH2Backend(store, false));
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            MongoCollection<Document> readModel = client.getDatabase("tracker").getCollection("read_model")
                                                        .withWriteConcern(WriteConcern.W1.withJournal(false));
            MongoCollection<Document> events = client.getDatabase("tracker").getCollection("events")
                                                     .withWriteConcern(WriteConcern.ACKNOWLEDGED);
            for (int n = 1; n <= 5; n++) {
                readModel.insertOne(new Document("_id", n));
            }
            events.insertOne(new Document("_id", "journaled"));
            for (int n = 6; n <= 8; n++) {
                readModel.insertOne(new Document("_id", n));
            }
        }
        store.closeImmediately(); // as a killed process leaves its file: nothing written since the last commit
        server.shutdownNow();

        MVStore reopened = new MVStore.Builder().fileName(file).autoCommitDisabled().open();
        MongoServer restarted = new MongoServer(new DurableH2Backend(reopened, false));
        restarted.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + restarted.getLocalAddress().getPort())) {
            MongoDatabase database = client.getDatabase("tracker");
            assertThat(database.getCollection("events").countDocuments()).isEqualTo(1);
            assertThat(database.getCollection("read_model").find().map(document -> document.getInteger("_id"))
                               .into(new ArrayList<>()))
                    .as("the unjournaled writes made before the journaled one, and none of those after it")
                    .containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        } finally {
            restarted.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
