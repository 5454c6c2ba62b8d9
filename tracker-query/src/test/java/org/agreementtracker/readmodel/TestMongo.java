package org.agreementtracker.readmodel;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

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
        server = new MongoServer(new OneCommandAtATime());
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

    /**
     * The H2 backend in memory, answering one command at a time. Out of the box it creates a collection on its first
     * write by looking and then creating, with no lock, so two connections writing a new collection at once can each
     * make one and one of them is lost; tests with several processors writing their first documents at once can meet
     * that race. The tracker's own backend (tracker-web's {@code DurableH2Backend}) takes a write lock for every write
     * command; the tests need no more than taking turns.
     */
    private static final class OneCommandAtATime extends H2Backend {

        OneCommandAtATime() {
            super(new MVStore.Builder().open());
        }

        @Override
        public synchronized Document handleCommand(Channel channel, String databaseName, String command,
                                                   Document query) {
            return super.handleCommand(channel, databaseName, command, query);
        }
    }
}
