package org.agreementtracker.audit;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.classification.Withheld;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonInt32;
import org.bson.BsonValue;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes the event log with its chain as NDJSON, one event a line, oldest first, up to the recorded head at the
 * start, a window of positions at a time (never the whole log in memory):
 * <pre>
 * {"export": "agreement-tracker audit chain", "version": 3, "algorithm": "...", "genesis": "000...",
 *  "headPosition": H, "headHash": "...", "events": N}
 * {"position": 2, "hash": "...", "commit": {"_id": .., "first": 2, "ts": .., "streams": [..], "events": 2},
 *  "event": {the event as stored}, "eventDigest": "..."}
 * {"position": 3, "hash": "...", "commit": {the same}, "withheld": {level, compartments, reason}, "eventDigest": "..."}
 * {"position": 4, "hash": "...", "fence": {the fence as stored}}
 * ...
 * {"end": {"commits": C, "events": N, "withheld": W, "headPosition": H, "headHash": "..."}}
 * </pre>
 * An export is redacted for its reader ({@link ExportRedaction}): an event they may not read is given by its digest
 * alone, with why it is withheld; the chain seals events by their digests ({@link ChainHash}), so the redacted
 * export checks out against the same head hash as the whole one.
 * The chain hashes stored commits ({@link ChainHash}), so each line carries what rebuilds its commit byte for byte:
 * {@code commit} is the stored commit (canonical Extended JSON) with its {@code events} array replaced by the number
 * of its events, each of which has a line of its own, in order ({@code position} = the commit's {@code first} + the
 * event's index). {@code hash} is the chain hash of the event's commit, the same on each of its lines: the one the chain
 * <em>recorded</em>, not one recomputed here, so an export of a store changed behind the tracker's back fails the
 * offline check at the changed commit. A fence (positions that will never hold events) is no event but is part of
 * the chain, so it has a line of its own. {@code eventDigest} (SHA-256 of the event's canonical Extended JSON) is what
 * the chain seals of the event; the verifier checks it against the event wherever the event is given.
 * {@link VerifyExport} checks a file without the tracker.
 */
public class ChainExport {

    public static final String MEDIA_TYPE = "application/x-ndjson";
    static final String TITLE = "agreement-tracker audit chain";
    static final int VERSION = 3;

    private final StoredCommits commits;
    private final RecordedChain chain;

    public ChainExport(MongoDatabase database) {
        this.commits = new StoredCommits(database);
        this.chain = new RecordedChain(database);
    }

    /** Writes the export, {@code redaction} deciding which events its reader is given by their digest alone. */
    public void writeTo(OutputStream output, ExportRedaction redaction) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
        RecordedChain.Head head = chain.head();
        out.write("{\"export\": \"" + TITLE + "\", \"version\": " + VERSION + ", \"algorithm\": \""
                          + ChainHash.ALGORITHM + "\", \"genesis\": \"" + ChainHash.GENESIS + "\", \"headPosition\": "
                          + head.position() + ", \"headHash\": \"" + head.hash() + "\", \"events\": " + head.events()
                          + "}\n");
        long commitCount = 0;
        long withheld = 0;
        for (long from = 1; from <= head.position(); from += AuditChainVerifier.WINDOW) {
            long to = Math.min(head.position(), from + AuditChainVerifier.WINDOW - 1);
            Map<Long, RecordedChain.Link> links = chain.window(from, to);
            List<BsonDocument> window = commits.window(from, to);
            Function<BsonDocument, Withheld> withholding = redaction.of(window);
            for (BsonDocument commit : window) {
                RecordedChain.Link link = links.get(StoredCommits.lastPosition(commit));
                withheld += writeCommit(out, commit, link == null ? "null" : "\"" + link.hash() + "\"", withholding);
                commitCount++;
            }
            out.flush();
        }
        out.write("{\"end\": {\"commits\": " + commitCount + ", \"events\": " + head.events() + ", \"withheld\": "
                          + withheld + ", \"headPosition\": "
                          + head.position() + ", \"headHash\": \"" + head.hash() + "\"}}\n");
        out.flush();
    }

    /** The lines of one commit; how many of its events were withheld. */
    private static int writeCommit(Writer out, BsonDocument commit, String hash,
                                   Function<BsonDocument, Withheld> withholding) throws IOException {
        long first = StoredCommits.firstPosition(commit);
        int count = StoredCommits.eventCount(commit);
        if (count == 0) {
            out.write("{\"position\": " + first + ", \"hash\": " + hash + ", \"fence\": " + ChainHash.canonical(commit)
                              + "}\n");
            return 0;
        }
        String shell = ChainHash.canonical(withEventsCounted(commit, count));
        int index = 0;
        int withheld = 0;
        for (BsonValue stored : commit.getArray(StoredCommits.EVENTS)) {
            BsonDocument event = stored.asDocument();
            Withheld hidden = withholding.apply(event);
            String content = hidden == null ? "\"event\": " + ChainHash.canonical(event)
                    : "\"withheld\": " + ChainHash.canonical(withheld(hidden));
            withheld += hidden == null ? 0 : 1;
            out.write("{\"position\": " + (first + index++) + ", \"hash\": " + hash + ", \"commit\": " + shell
                              + ", " + content + ", \"eventDigest\": \"" + ChainHash.digest(event) + "\"}\n");
        }
        return withheld;
    }

    private static BsonDocument withheld(Withheld withheld) {
        BsonArray compartments = new BsonArray();
        withheld.compartments().forEach(compartment -> compartments.add(new BsonString(compartment)));
        return new BsonDocument("level", new BsonString(withheld.level()))
                .append("compartments", compartments)
                .append("reason", new BsonString(withheld.reason()));
    }

    /** The commit with its events array replaced by their number, in the array's place among its fields. */
    private static BsonDocument withEventsCounted(BsonDocument commit, int count) {
        BsonDocument shell = new BsonDocument();
        commit.forEach((field, value) -> shell.append(field, field.equals(StoredCommits.EVENTS) ? new BsonInt32(count)
                                                                                                : value));
        return shell;
    }
}
