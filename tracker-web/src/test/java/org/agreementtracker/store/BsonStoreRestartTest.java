package org.agreementtracker.store;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded store's BSON maps ({@link StoredBson}) through the real driver over TCP, written in one run of the
 * store and read in the next: the MVStore does not record its maps' data types, so each path that opens a map must
 * bring the same ones again.
 */
class BsonStoreRestartTest {

    @Test
    void documentsAndUniqueIndexesServeAfterARestart(@TempDir Path dataDirectory) {
        withStore(dataDirectory, database -> {
            MongoCollection<Document> events = database.getCollection("events");
            events.createIndex(Indexes.ascending("first"), new IndexOptions().unique(true));
            events.createIndex(Indexes.ascending("streams"), new IndexOptions().unique(true).sparse(true));
            events.insertOne(commit(1, 1, "agg-a", 0));
            events.insertOne(commit(3, 2, "agg-b", 0, "agg-a", 1));
            events.insertOne(new Document("_id", 4L).append("first", 4L).append("fence", "late"));
            events.insertOne(new Document("_id", 5L).append("first", 5L).append("fence", "late"));
        });

        withStore(dataDirectory, database -> {
            MongoCollection<Document> events = database.getCollection("events");
            assertThat(events.find(Filters.eq("_id", 3L)).first()).isEqualTo(commit(3, 2, "agg-b", 0, "agg-a", 1));
            // the _id index compares numbers by value, whatever their BSON type
            assertThat(events.find(Filters.eq("_id", 3)).first()).isNotNull();
            assertThat(events.find(Filters.eq("first", 2L)).first().get("_id")).isEqualTo(3L);
            assertThat(ids(events.find(Filters.in("_id", 1L, 4L, 9L)))).containsExactlyInAnyOrder(1L, 4L);
            assertThat(ids(events.find(Filters.in("streams", stream("agg-a", 1), stream("agg-b", 0),
                                                  stream("agg-c", 0)))))
                    .containsExactly(3L);

            // a stream position already taken, in another document's array: refused
            assertDuplicate(() -> events.insertOne(commit(7, 6, "agg-c", 0, "agg-a", 1)));
            assertDuplicate(() -> events.insertOne(commit(8, 1, "agg-d", 0)));
            assertDuplicate(() -> events.insertOne(new Document("_id", 3).append("first", 99L)));
            // sparse: any number of documents without streams
            events.insertOne(new Document("_id", 6L).append("first", 6L).append("fence", "late"));
            events.insertOne(commit(9, 8, "agg-a", 2));
            assertThat(events.countDocuments()).isEqualTo(6);
        });

        withStore(dataDirectory, database -> {
            MongoCollection<Document> events = database.getCollection("events");
            assertThat(ids(events.find(Filters.in("streams", stream("agg-a", 2))))).containsExactly(9L);
            events.dropIndex("streams_1");
            events.insertOne(commit(10, 10, "agg-a", 2));
            database.getCollection("snapshots").insertOne(new Document("_id", "agg-a").append("seq", 2L));
            database.getCollection("snapshots").renameCollection(
                    new com.mongodb.MongoNamespace(database.getName(), "snapshots2"));
            database.getCollection("counters").insertOne(new Document("_id", "events").append("last", 10L));
            database.getCollection("counters").drop();
        });

        withStore(dataDirectory, database -> {
            MongoCollection<Document> events = database.getCollection("events");
            assertThat(events.countDocuments()).isEqualTo(7);
            assertThat(database.getCollection("snapshots2").find(Filters.eq("_id", "agg-a")).first()).isNotNull();
            assertThat(database.listCollectionNames().into(new java.util.ArrayList<>()))
                    .contains("events", "snapshots2").doesNotContain("counters", "snapshots");
            assertDuplicate(() -> events.insertOne(commit(11, 10, "agg-e", 0)));
            database.drop();
        });

        withStore(dataDirectory, database -> assertThat(database.getCollection("events").countDocuments()).isZero());
    }

    @Test
    void refusesAStoreWrittenWithJavaSerializedDocuments(@TempDir Path dataDirectory) {
        MongoServer old = new MongoServer(new H2Backend(dataDirectory.resolve(EmbeddedMongoServer.STORE_FILE)
                                                                     .toString()));
        old.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + old.getLocalAddress().getPort())) {
            client.getDatabase("tracker").getCollection("events").insertOne(new Document("_id", 1L));
        } finally {
            old.shutdownNow();
        }

        assertThatThrownBy(() -> EmbeddedMongoServer.start(dataDirectory, 0, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("older tracker");
    }

    private static void withStore(Path dataDirectory, Consumer<MongoDatabase> work) {
        try (EmbeddedMongoServer server = EmbeddedMongoServer.start(dataDirectory, 0, false);
             MongoClient client = MongoClients.create(server.connectionString())) {
            work.accept(client.getDatabase("tracker"));
        }
    }

    private static Document commit(long id, long first, Object... streams) {
        List<Document> streamDocuments = new java.util.ArrayList<>();
        for (int i = 0; i < streams.length; i += 2) {
            streamDocuments.add(stream((String) streams[i], (Integer) streams[i + 1]));
        }
        return new Document("_id", id).append("first", first).append("streams", streamDocuments)
                                      .append("events", List.of(new Document("type", "ProgressRecorded")));
    }

    private static Document stream(String id, int seq) {
        return new Document("id", id).append("seq", (long) seq);
    }

    private static List<Object> ids(Iterable<Document> documents) {
        List<Object> ids = new java.util.ArrayList<>();
        documents.forEach(document -> ids.add(document.get("_id")));
        return ids;
    }

    private static void assertDuplicate(Runnable write) {
        assertThatThrownBy(write::run).isInstanceOf(MongoWriteException.class)
                                      .satisfies(e -> assertThat(((MongoWriteException) e).getCode())
                                              .isEqualTo(11000));
    }
}
