package org.agreementtracker.audit;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonInvalidOperationException;
import org.bson.BsonValue;
import org.bson.json.JsonParseException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Checks an audit export ({@code GET /api/v1/audit/export}, one event a line, see {@link ChainExport}) offline,
 * without the tracker: takes the lines of each commit together, in order, rebuilds the commit as the chain seals it
 * (each event by its digest, checked against the event wherever the export gives it; an event withheld from the
 * export's reader is given by its digest alone) and recomputes the chain over the commits and fences
 * ({@link ChainHash}), checks that each recorded hash is the
 * recomputed one and that the positions follow on without a gap, a repeat or a line out of place, and that the head
 * hash published earlier (e.g. in the committee's minutes) is one of the chain's hashes. A later export passes against
 * an earlier head as long as everything up to that head is unchanged. It holds one commit at a time in memory.
 * <pre>
 * bin/verify-export export.ndjson 3f5a...e1      (or: java ... org.agreementtracker.audit.VerifyExport FILE HASH)
 * </pre>
 * Exit status 0 when the export checks out, 1 when it does not (the first failing line and position are named), 2 on
 * wrong usage or a file that cannot be read as an audit export. Plain Java and the BSON library: no Spring, no
 * database.
 */
public final class VerifyExport {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private VerifyExport() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) {
        if (args.length != 2 || !args[1].matches("[0-9a-fA-F]{64}")) {
            out.println("usage: verify-export <export.ndjson> <published head hash: 64 hex digits>");
            return USAGE;
        }
        try (BufferedReader lines = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            return check(lines, args[1].toLowerCase(), out);
        } catch (IOException e) {
            out.println("cannot read " + args[0] + ": " + e.getMessage());
            return USAGE;
        }
    }

    static int check(BufferedReader lines, String publishedHead, PrintStream out) throws IOException {
        Chain chain = new Chain(publishedHead);
        String line;
        int number = 0;
        boolean started = false;
        boolean ended = false;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            Failure failure;
            try {
                BsonDocument document = BsonDocument.parse(line);
                if (!started) {
                    started = true;
                    failure = header(document);
                } else if (ended) {
                    failure = new Failure(number, null, "a line after the end line");
                } else if (document.containsKey("end")) {
                    ended = true;
                    failure = chain.end(number, document.getDocument("end"));
                } else if (document.containsKey("fence")) {
                    failure = chain.fence(number, document);
                } else {
                    failure = chain.event(number, document);
                }
            } catch (NotAnExport | JsonParseException | BsonInvalidOperationException | ClassCastException e) {
                out.println("cannot check line " + number + ": it is not a line of an audit export ("
                                    + e.getMessage() + ")");
                return USAGE;
            }
            if (failure != null) {
                out.println("FAILED at line " + failure.line()
                                    + (failure.position() == null ? "" : " (position " + failure.position() + ")")
                                    + ": " + failure.reason());
                return FAILED;
            }
        }
        if (!ended) {
            out.println("FAILED: the export ends without its end line after line " + number + " (truncated?)");
            return FAILED;
        }
        if (chain.publishedAt == null) {
            out.println("FAILED: the published head hash " + publishedHead + " is not in this chain: the log it "
                                + "was published for has been changed, or the hash belongs to another log");
            return FAILED;
        }
        out.println("OK: " + chain.commits + " commits (" + chain.events + " events) follow on and hash as "
                            + "recorded; the published head hash is that of position " + chain.publishedAt
                            + (chain.commitsAfterPublished > 0
                                       ? "; " + chain.commitsAfterPublished + " commits were recorded after it"
                                       : "; it is the export's head")
                            + (chain.withheld > 0 ? "; " + chain.withheld + " events withheld from this export's "
                                    + "reader were checked by their digests" : "")
                            + ". Head hash of this export: " + chain.hash);
        return OK;
    }

    private static Failure header(BsonDocument header) {
        if (!header.isString("export") || !ChainExport.TITLE.equals(header.getString("export").getValue())) {
            throw new NotAnExport("the first line is not the header of an audit export");
        }
        int version = header.getNumber("version").intValue();
        if (version != ChainExport.VERSION) {
            throw new NotAnExport("export version " + version + " is not known to this verifier, which "
                                          + "reads version " + ChainExport.VERSION);
        }
        return null;
    }

    /** Where the export stops checking out: a line number, the first position affected, and why. */
    private record Failure(int line, Long position, String reason) {
    }

    private static final class NotAnExport extends RuntimeException {

        NotAnExport(String message) {
            super(message);
        }
    }

    /** The lines of one commit read so far, which must come one after another. */
    private static final class OpenCommit {

        private final BsonDocument commit;
        private final BsonValue recordedHash;
        private final int firstLine;
        private final long first;
        private final long last;
        private final BsonArray digests = new BsonArray();

        OpenCommit(BsonDocument commit, BsonValue recordedHash, int firstLine) {
            this.commit = commit;
            this.recordedHash = recordedHash;
            this.firstLine = firstLine;
            this.first = StoredCommits.firstPosition(commit);
            this.last = StoredCommits.lastPosition(commit);
        }

        boolean takes(BsonDocument commit, BsonValue recordedHash) {
            return this.commit.equals(commit) && Objects.equals(this.recordedHash, recordedHash);
        }

        boolean complete() {
            return digests.size() == commit.getNumber(StoredCommits.EVENTS).intValue();
        }

        /** The commit as the chain seals it: its events' digests in the place of their number. */
        BsonDocument sealed() {
            BsonDocument sealed = commit.clone();
            sealed.put(StoredCommits.EVENTS, digests);
            return sealed;
        }

        String positions() {
            return first + ".." + last;
        }
    }

    /** The chain as recomputed so far. */
    private static final class Chain {

        private final String publishedHead;
        private String hash = ChainHash.GENESIS;
        private long expected = 1;
        private OpenCommit open;
        private long commits;
        private long events;
        private long withheld;
        private Long publishedAt;
        private long commitsAfterPublished;

        Chain(String publishedHead) {
            this.publishedHead = publishedHead;
            if (publishedHead.equals(ChainHash.GENESIS)) {
                publishedAt = 0L;
            }
        }

        Failure event(int line, BsonDocument document) {
            long position = document.getNumber("position").longValue();
            BsonDocument commit = document.getDocument("commit");
            BsonDocument event = document.containsKey("withheld") ? null : document.getDocument("event");
            String digest = document.getString("eventDigest").getValue();
            if (!digest.matches("[0-9a-f]{64}")) {
                throw new NotAnExport("its eventDigest is not 64 hex digits");
            }
            BsonValue recordedHash = recordedHash(document);
            Failure failure = inOrder(line, position);
            if (failure != null) {
                return failure;
            }
            if (open == null) {
                open = new OpenCommit(commit, recordedHash, line);
                int count = commit.getNumber(StoredCommits.EVENTS).intValue();
                if (open.first != position || open.last != open.first + count - 1) {
                    return new Failure(line, position, "the line's position does not match its commit ("
                            + open.positions() + ", " + count + " events)");
                }
            } else if (!open.takes(commit, recordedHash)) {
                return new Failure(line, position, "the line's commit is not the one of the line before, though "
                        + "its position is within that commit (" + open.positions() + "): one of them was edited");
            }
            if (event != null && !ChainHash.digest(event).equals(digest)) {
                return new Failure(line, position, "the event does not match its digest: the line was edited");
            }
            open.digests.add(new BsonString(digest));
            events++;
            withheld += event == null ? 1 : 0;
            expected = position + 1;
            if (!open.complete()) {
                return null;
            }
            OpenCommit complete = open;
            open = null;
            return link(complete.firstLine, complete.first, complete.last, complete.sealed(), complete.recordedHash);
        }

        Failure fence(int line, BsonDocument document) {
            long position = document.getNumber("position").longValue();
            BsonDocument fence = document.getDocument("fence");
            Failure failure = inOrder(line, position);
            if (failure != null) {
                return failure;
            }
            if (open != null) {
                return new Failure(line, position, "a fence within the commit of positions " + open.positions()
                        + ": one of their lines was edited");
            }
            long first = StoredCommits.firstPosition(fence);
            long last = StoredCommits.lastPosition(fence);
            if (first != position || last < first || StoredCommits.eventCount(fence) != 0) {
                return new Failure(line, position, "the line's position does not match its fence, or it holds events");
            }
            expected = last + 1;
            return link(line, first, last, ChainHash.sealed(fence), recordedHash(document));
        }

        /** The lines come in position order, each position once; within a commit, without another line between. */
        private Failure inOrder(int line, long position) {
            if (position < expected) {
                return new Failure(line, position, "position " + position + " comes again or out of order: the "
                        + "line of position " + expected + " was expected");
            }
            if (position > expected) {
                return new Failure(line, expected, (open == null ? "the line of position " + expected
                                                                : "the commit of positions " + open.positions()
                                                                        + " lacks its line of position " + expected)
                        + ": it is missing or out of order (line " + line + " holds position " + position + ")");
            }
            return null;
        }

        /** Extends the chain over one sealed commit or fence and holds the result against the recorded hash. */
        private Failure link(int line, long first, long last, BsonDocument sealed, BsonValue recordedHash) {
            hash = ChainHash.nextSealed(hash, sealed);
            if (recordedHash.isNull()) {
                return new Failure(line, first, "the tracker never recorded the commit of positions " + first + ".."
                        + last + " in its chain (inserted?)");
            }
            if (!recordedHash.asString().getValue().equals(hash)) {
                return new Failure(line, first, "the commit of positions " + first + ".." + last + " does not hash to "
                        + "the hash recorded for it: it was changed after it was recorded");
            }
            commits++;
            if (publishedAt != null) {
                commitsAfterPublished++;
            } else if (hash.equals(publishedHead)) {
                publishedAt = last;
            }
            return null;
        }

        Failure end(int line, BsonDocument end) {
            if (open != null) {
                return new Failure(line, expected, "the commit of positions " + open.positions() + " lacks its lines "
                        + "from position " + expected + " (removed?)");
            }
            long headPosition = end.getNumber("headPosition").longValue();
            if (headPosition != expected - 1) {
                return new Failure(line, Math.min(expected, headPosition + 1), "the end line's head is position "
                        + headPosition + ", the lines end at position " + (expected - 1) + " (lines removed?)");
            }
            long endCommits = end.getNumber("commits").longValue();
            long endEvents = end.getNumber("events").longValue();
            if (endCommits != commits || endEvents != events) {
                return new Failure(line, null, "the end line counts " + endCommits + " commits and " + endEvents
                        + " events, the export holds " + commits + " and " + events
                        + " (lines removed?)");
            }
            if (!end.getString("headHash").getValue().equals(hash)) {
                return new Failure(line, null, "the end line's head hash is not the chain's last hash");
            }
            return null;
        }

        private static BsonValue recordedHash(BsonDocument line) {
            BsonValue hash = line.get("hash");
            if (hash == null || !(hash.isNull() || hash.isString())) {
                throw new NotAnExport("its hash is neither a string nor null");
            }
            return hash;
        }
    }
}
