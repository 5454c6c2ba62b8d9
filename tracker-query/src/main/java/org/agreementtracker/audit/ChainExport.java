package org.agreementtracker.audit;

import com.mongodb.client.MongoDatabase;
import org.bson.BsonDocument;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes the event log with its chain as NDJSON, oldest first, up to the recorded head at the start, a window of
 * positions at a time (never the whole log in memory):
 * <pre>
 * {"export": "agreement-tracker audit chain", "version": 1, "algorithm": "...", "genesis": "000...",
 *  "headPosition": H, "headHash": "...", "events": N}
 * {"position": 7, "first": 7, "events": 1, "hash": "...", "commit": {stored commit, canonical Extended JSON}}
 * ...
 * {"end": {"commits": C, "events": N, "headPosition": H, "headHash": "..."}}
 * </pre>
 * One line per stored commit (nearly always one event; a fence has none), so that a line holds exactly the bytes
 * its hash covers. Each {@code hash} is the one the chain <em>recorded</em>, not one recomputed here: an export of a
 * store changed behind the tracker's back fails the offline check at the changed line. {@link VerifyExport} checks
 * a file without the tracker.
 */
public class ChainExport {

    public static final String MEDIA_TYPE = "application/x-ndjson";
    static final String TITLE = "agreement-tracker audit chain";
    static final int VERSION = 1;

    private final StoredCommits commits;
    private final RecordedChain chain;

    public ChainExport(MongoDatabase database) {
        this.commits = new StoredCommits(database);
        this.chain = new RecordedChain(database);
    }

    public void writeTo(OutputStream output) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
        RecordedChain.Head head = chain.head();
        out.write("{\"export\": \"" + TITLE + "\", \"version\": " + VERSION + ", \"algorithm\": \""
                          + ChainHash.ALGORITHM + "\", \"genesis\": \"" + ChainHash.GENESIS + "\", \"headPosition\": "
                          + head.position() + ", \"headHash\": \"" + head.hash() + "\", \"events\": " + head.events()
                          + "}\n");
        long commitCount = 0;
        for (long from = 1; from <= head.position(); from += AuditChainVerifier.WINDOW) {
            long to = Math.min(head.position(), from + AuditChainVerifier.WINDOW - 1);
            Map<Long, RecordedChain.Link> links = chain.window(from, to);
            for (BsonDocument commit : commits.window(from, to)) {
                long position = StoredCommits.lastPosition(commit);
                RecordedChain.Link link = links.get(position);
                out.write("{\"position\": " + position + ", \"first\": " + StoredCommits.firstPosition(commit)
                                  + ", \"events\": " + StoredCommits.eventCount(commit) + ", \"hash\": "
                                  + (link == null ? "null" : "\"" + link.hash() + "\"") + ", \"commit\": "
                                  + ChainHash.canonical(commit) + "}\n");
                commitCount++;
            }
            out.flush();
        }
        out.write("{\"end\": {\"commits\": " + commitCount + ", \"events\": " + head.events() + ", \"headPosition\": "
                          + head.position() + ", \"headHash\": \"" + head.hash() + "\"}}\n");
        out.flush();
    }
}
