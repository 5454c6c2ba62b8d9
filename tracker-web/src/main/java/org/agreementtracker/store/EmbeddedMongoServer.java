package org.agreementtracker.store;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVMap;
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
    private static final String FORMAT_MAP = "tracker.storeFormat";
    private static final String FORMAT_KEY = "documents";
    private static final String FORMAT = "bson-1";

    /**
     * How long the MVStore keeps a superseded chunk before it may write over it. With fsync every journaled commit is
     * on the device before the next commit can reuse space, so nothing needs keeping (0). Without fsync a killed
     * process loses nothing the kernel has accepted, but a power loss can drop recent writes in any order: if a new
     * chunk was still in the OS buffers while the old chunk it replaced was already overwritten, the file would hold
     * neither, and the whole store, not only its last seconds, would be lost. H2's default covers Linux's writeback
     * (dirty pages are written within about 30 s), so it stays.
     */
    static final int RETENTION_WITHOUT_FSYNC_MS = 45_000;

    private final MongoServer server;
    private final InetSocketAddress address;

    /**
     * The MVStore's page cache (its default is 16 MB). Measured with the storage benchmark, 256 MB changed no rate
     * at 10,000 to 1,000,000 events, within the noise; it is kept so that large stores re-read fewer pages, at the
     * cost of that much heap.
     */
    static final int PAGE_CACHE_MB = 256;

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
        MVStore store = new MVStore.Builder().fileName(file.toString())
                                             .compress()
                                             .cacheSize(PAGE_CACHE_MB)
                                             .open();
        store.setRetentionTime(fsync ? 0 : RETENTION_WITHOUT_FSYNC_MS);
        checkFormat(store, file);
        MongoServer server = new MongoServer(new DurableH2Backend(store, fsync));
        server.bind("127.0.0.1", port);
        InetSocketAddress address = server.getLocalAddress();
        log.info("Embedded store listening on mongodb://127.0.0.1:{} (file {})", address.getPort(), file);
        return new EmbeddedMongoServer(server, address);
    }

    /**
     * Stores written before documents were kept as BSON ({@link StoredBson}) hold Java-serialized maps that these
     * types cannot read: refuse them with a clear message rather than fail on the first read of an old page.
     */
    private static void checkFormat(MVStore store, Path file) {
        MVMap<String, String> format = store.openMap(FORMAT_MAP);
        String found = format.get(FORMAT_KEY);
        if (found == null) {
            boolean hasData = store.getMapNames().stream().anyMatch(name -> name.startsWith("databases."));
            if (hasData) {
                store.close();
                throw new IllegalStateException("The store " + file + " was written by an older tracker (Java-"
                                                        + "serialized documents); this version keeps them as BSON. "
                                                        + "Export its data with mongodump from the old version and "
                                                        + "restore it into a new data directory.");
            }
            format.put(FORMAT_KEY, FORMAT);
            store.commit();
        } else if (!FORMAT.equals(found)) {
            store.close();
            throw new IllegalStateException("The store " + file + " has format " + found + ", this version reads "
                                                    + FORMAT);
        }
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
