package org.agreementtracker.store;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded store: mongo-java-server with its H2 backend, in this process, bound to loopback only, its files
 * under one directory. The tracker reaches it through the ordinary MongoDB driver over TCP, the same code path as a
 * production replica set; MongoDB tools can connect to the logged address.
 */
public final class EmbeddedMongoServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoServer.class);
    static final String STORE_FILE = "tracker.mv.db";

    private final MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongoServer(MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    /**
     * @param dataDirectory where the store file lives; created if missing
     * @param port          loopback port, 0 for any free one
     * @param fsync         force every commit to the device, not only to the operating system
     */
    public static EmbeddedMongoServer start(Path dataDirectory, int port, boolean fsync) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDirectory, e);
        }
        Path file = dataDirectory.resolve(STORE_FILE).toAbsolutePath();
        // the MVStore locks its file: a second tracker on the same directory fails here instead of corrupting it
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        MongoServer server = new MongoServer(new DurableH2Backend(store, fsync));
        server.bind("127.0.0.1", port);
        InetSocketAddress address = server.getLocalAddress();
        log.info("Embedded store listening on mongodb://127.0.0.1:{} (file {})", address.getPort(), file);
        return new EmbeddedMongoServer(server, address);
    }

    public String connectionString() {
        return "mongodb://127.0.0.1:" + address.getPort();
    }

    public int port() {
        return address.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
