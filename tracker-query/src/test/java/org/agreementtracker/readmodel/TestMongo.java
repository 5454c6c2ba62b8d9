package org.agreementtracker.readmodel;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * mongo-java-server with its H2 backend in memory on a loopback port, reached through the real MongoDB driver: the
 * wire protocol and the index behaviour the read models meet on the tracker's embedded store.
 */
public final class TestMongo implements AutoCloseable {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final MongoServer server;
    private final MongoClient client;

    public TestMongo() {
        server = new MongoServer(H2Backend.inMemory());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
    }

    /** A fresh, empty database for each test. */
    public MongoDatabase freshDatabase() {
        return client.getDatabase("test" + DATABASES.incrementAndGet());
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
