package org.agreementtracker.store;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * mongo-java-server's H2 backend, made to commit its store to disk before it answers a write.
 * <p>
 * Out of the box the MVStore commits about once a second, so {@code kill -9} loses the last second of acknowledged
 * writes. Here every write command commits before its reply is sent. Writers asking for {@code j: false} are not
 * waited for: the next journaled write carries their change to disk (the event store's position counter relies on
 * this). Concurrent writers share commits: {@link MVStore#commit()} is serialised, and a writer whose change was
 * already written by another's commit finds nothing left to write.
 * <p>
 * Documents, {@code _id}s and unique-index keys are stored as BSON and compared in memory ({@link BsonH2Database}),
 * not Java-serialized as the stock backend does.
 * <p>
 * Replies are copied before they leave. The H2 backend hands out the very document objects its store holds and
 * updates them in place, while the wire layer encodes a reply only after the command has returned and the collection
 * lock is released. Without the copy, two concurrent {@code findAndModify $inc} calls can both be answered with the
 * later value (measured on 1.47.0: 27 duplicates in 6,000 increments from three connections), which hands the same
 * event positions to two writers; a find can likewise be answered with a document half way through an update.
 * Writes hold the write lock while they change documents and copy their reply, reads hold the read lock while they
 * copy theirs, so a copy never sees a change in progress. Commits run outside the lock, so writers still share them.
 */
public class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of(
            "insert", "update", "delete", "findandmodify", "create", "createindexes", "drop", "dropindexes",
            "dropdatabase", "renamecollection");

    private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);
    private static final int SHUTDOWN_COMPACTION_MS = 5_000;

    private final boolean fsync;
    private final ReadWriteLock documents = new ReentrantReadWriteLock();

    /**
     * @param store the opened store
     * @param fsync also force the file to the device on each commit (survives power loss, not only a killed process)
     */
    public DurableH2Backend(MVStore store, boolean fsync) {
        super(store);
        this.fsync = fsync;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        boolean write = isWrite(command);
        Lock lock = write ? documents.writeLock() : documents.readLock();
        try {
            lock.lock();
            try {
                Document reply = super.handleCommand(channel, databaseName, command, query);
                return reply == null ? null : reply.cloneDeeply();
            } finally {
                lock.unlock();
            }
        } finally {
            // also after a failed write: an unordered or partly applied batch may have changed something
            if (write && isJournaled(query)) {
                getMvStore().commit();
                if (fsync) {
                    getMvStore().sync();
                }
            }
        }
    }

    /**
     * Called from {@link de.bwaldvogel.mongo.backend.h2.H2Backend}'s constructor for the databases already in the
     * store, before this class's fields are set: it may use only the super class's state.
     */
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return BsonH2Database.open(databaseName, getMvStore(), getCursorRegistry());
    }

    /**
     * Compacts the file before the store closes: while writes come in, the MVStore keeps superseded chunks for its
     * retention time (see {@link EmbeddedMongoServer}), so a store stopped right after a burst of writes would
     * otherwise stay at several times its live size on disk until its next run. The clients are gone by now.
     */
    @Override
    public void close() {
        try {
            getMvStore().commit();
            getMvStore().compactFile(SHUTDOWN_COMPACTION_MS);
        } catch (RuntimeException e) {
            log.warn("Could not compact the store before closing it; it stays larger than its live data", e);
        }
        super.close();
    }

    private static boolean isWrite(String command) {
        return WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT));
    }

    private static boolean isJournaled(Document query) {
        return !(query.get("writeConcern") instanceof Document writeConcern && Boolean.FALSE.equals(writeConcern.get("j")));
    }
}
