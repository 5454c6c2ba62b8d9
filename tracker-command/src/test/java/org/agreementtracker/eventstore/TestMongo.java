package org.agreementtracker.eventstore;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;

import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A mongo-java-server with its H2 backend in memory, on a loopback port, reached through the real MongoDB driver:
 * the wire protocol and the server's index behaviour are those the tracker meets in production on its embedded store.
 */
public final class TestMongo implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final MongoServer server;
    private final MongoClient client;

    public TestMongo() {
        server = new MongoServer(H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
        address = server.getLocalAddress();
        client = newClient(address);
    }

    private final InetSocketAddress address;

    /** A second, independent client on the same server, as a second tracker node would have. */
    public MongoClient newClient() {
        return newClient(address);
    }

    private static MongoClient newClient(InetSocketAddress address) {
        return MongoClients.create(MongoClientSettings.builder()
                                                      .applyConnectionString(new ConnectionString(
                                                              "mongodb://127.0.0.1:" + address.getPort()))
                                                      .build());
    }

    /** A fresh, empty database for each test. */
    public MongoDatabase freshDatabase() {
        return client.getDatabase("test" + DATABASES.incrementAndGet());
    }

    public static Serializer serializer() {
        return Jackson3Serializer.builder().build();
    }

    /** An engine builder on {@code database} with the tests' serializers; each test adds what it varies. */
    public static MongoCommitStorageEngine.Builder engineOn(MongoDatabase database) {
        return MongoCommitStorageEngine.builder()
                                       .database(database)
                                       .eventSerializer(TestMongo.serializer())
                                       .snapshotSerializer(TestMongo.serializer());
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
