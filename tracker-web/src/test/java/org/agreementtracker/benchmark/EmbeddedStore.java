package org.agreementtracker.benchmark;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.agreementtracker.store.EmbeddedMongoServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fresh embedded store: the product's {@link EmbeddedMongoServer} (H2 file under its own directory, committed before
 * every journaled write is answered), reached through the real driver over loopback.
 */
class EmbeddedStore implements AutoCloseable {

    private final Path dataDirectory;
    private final EmbeddedMongoServer server;
    protected final MongoClient client;
    private boolean closed;

    EmbeddedStore(Path dataDirectory, boolean fsync) {
        this.dataDirectory = dataDirectory;
        this.server = EmbeddedMongoServer.start(dataDirectory, 0, fsync);
        this.client = MongoClients.create(
                MongoClientSettings.builder()
                                   .applyConnectionString(new ConnectionString(server.connectionString()))
                                   // the default for anything the engine does not set itself: on disk before acked
                                   .writeConcern(WriteConcern.JOURNALED)
                                   .build());
    }

    /** Bytes of every file of the store: events, indexes, snapshots, counters, free space not yet compacted. */
    long diskBytes() {
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            return files.filter(Files::isRegularFile).mapToLong(EmbeddedStore::sizeOf).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Shuts the server down (the MVStore writes and compacts what it still holds) and returns the size its files
     * have at rest, then deletes them.
     */
    long closeAndMeasure() {
        shutDown();
        long bytes = diskBytes();
        deleteRecursively(dataDirectory);
        return bytes;
    }

    @Override
    public void close() {
        shutDown();
        deleteRecursively(dataDirectory);
    }

    private void shutDown() {
        if (!closed) {
            closed = true;
            client.close();
            server.close();
        }
    }

    static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
