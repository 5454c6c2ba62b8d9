package org.agreementtracker.asof;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.agreementtracker.readmodel.Values;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.types.Binary;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Checkpoints of the boards in MongoDB: a head per checkpoint in {@value #COLLECTION}
 * ({@code {_id: position, token, latestRecordedAt, chunks, events, lastReports, parked}}) and the state in
 * {@value #CHUNKS}, {@code {_id: "<position>/<n>", data: gzip(BSON)}}, a few hundred agreements' documents each.
 * Compressed, because the documents repeat their field names and a checkpoint is kept for every stretch of the log.
 * The head is written last, so a checkpoint cut short by a crash is never read.
 */
public class Checkpoints {

    public static final String COLLECTION = "asof_checkpoints";
    public static final String CHUNKS = "asof_checkpoint_chunks";

    private static final DocumentCodec CODEC = new DocumentCodec();
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> heads;
    private final MongoCollection<Document> chunks;
    private final int agreementsPerChunk;

    public Checkpoints(MongoDatabase database, int agreementsPerChunk) {
        this.heads = database.getCollection(COLLECTION);
        this.chunks = database.getCollection(CHUNKS);
        this.agreementsPerChunk = agreementsPerChunk;
    }

    /** The newest checkpoint, or {@code null}. */
    public Checkpoint latest() {
        return newest(null);
    }

    /** The newest checkpoint whose events were all recorded at or before {@code asOf}, or {@code null}. */
    public Checkpoint latestAtOrBefore(Instant asOf) {
        return newest(asOf);
    }

    private Checkpoint newest(Instant asOf) {
        // the heads are few and small; the embedded store scans for any filter anyway
        Checkpoint newest = null;
        for (Document head : heads.find().projection(new Document("lastReports", 0))) {
            Checkpoint checkpoint = checkpoint(head);
            if ((asOf == null || !checkpoint.latestRecordedAt().isAfter(asOf))
                    && (newest == null || checkpoint.position() > newest.position())) {
                newest = checkpoint;
            }
        }
        return newest;
    }

    public List<Checkpoint> all() {
        List<Checkpoint> all = new ArrayList<>();
        for (Document head : heads.find().projection(new Document("lastReports", 0))) {
            all.add(checkpoint(head));
        }
        all.sort((a, b) -> Long.compare(a.position(), b.position()));
        return all;
    }

    private static Checkpoint checkpoint(Document head) {
        return new Checkpoint(((Number) head.get("_id")).longValue(), Checkpoint.token(head.get("token", Document.class)),
                              Values.instant(head.get("latestRecordedAt")), head.getInteger("chunks"),
                              ((Number) head.get("events")).longValue());
    }

    /** The state the checkpoint holds, in new documents of its own. */
    public BoardState load(Checkpoint checkpoint) {
        BoardState state = new BoardState();
        Document head = heads.find(Filters.eq("_id", checkpoint.position())).first();
        if (head == null) {
            throw new IllegalStateException("Checkpoint " + checkpoint.position() + " is gone");
        }
        state.loadLastReports(head.get("lastReports", Document.class));
        state.loadParked(head.getList("parked", String.class));
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < checkpoint.chunks(); n++) {
            ids.add(chunkId(checkpoint.position(), n));
        }
        for (Document chunk : chunks.find(Filters.in("_id", ids))) {
            state.load(decompress(chunk.get("data", Binary.class).getData()));
        }
        return state;
    }

    /** Stores {@code state} as the checkpoint at {@code checkpoint}'s position: the chunks first, the head last. */
    public Checkpoint save(BoardState state, Checkpoint checkpoint) {
        List<Document> parts = state.chunks(agreementsPerChunk);
        for (int n = 0; n < parts.size(); n++) {
            String id = chunkId(checkpoint.position(), n);
            chunks.replaceOne(Filters.eq("_id", id),
                              new Document("_id", id).append("data", new Binary(compress(parts.get(n)))), UPSERT);
        }
        Checkpoint saved = new Checkpoint(checkpoint.position(), checkpoint.token(), checkpoint.latestRecordedAt(),
                                          parts.size(), checkpoint.events());
        heads.replaceOne(Filters.eq("_id", saved.position()),
                         new Document("_id", saved.position())
                                 .append("token", Checkpoint.tokenDocument(saved.token()))
                                 .append("latestRecordedAt", Values.instant(saved.latestRecordedAt()))
                                 .append("chunks", saved.chunks())
                                 .append("events", saved.events())
                                 .append("lastReports", state.lastReportsDocument())
                                 .append("parked", state.parked()),
                         UPSERT);
        return saved;
    }

    /** Forgets every checkpoint (after the folds change, say); they are taken again as events come. */
    public void clear() {
        heads.deleteMany(new Document());
        chunks.deleteMany(new Document());
    }

    private static String chunkId(long position, int n) {
        return position + "/" + n;
    }

    private static byte[] compress(Document document) {
        ByteBuffer bson = new RawBsonDocument(document, CODEC).getByteBuffer().asNIO();
        byte[] bytes = new byte[bson.remaining()];
        bson.get(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Document decompress(byte[] data) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return new RawBsonDocument(gzip.readAllBytes()).decode(CODEC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
