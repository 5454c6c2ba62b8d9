package org.agreementtracker.audit;

import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.json.JsonParseException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks an audit export ({@code GET /api/v1/audit/export}) offline, without the tracker: recomputes the chain line by
 * line ({@link ChainHash}), checks that each line's recorded hash is the recomputed one and that the commits follow on
 * without a gap, and that the head hash published earlier (e.g. in the committee's minutes) is one of the chain's
 * hashes. A later export passes against an earlier head as long as everything up to that head is unchanged.
 * <pre>
 * bin/verify-export export.ndjson 3f5a...e1      (or: java ... org.agreementtracker.audit.VerifyExport FILE HASH)
 * </pre>
 * Exit status 0 when the export checks out, 1 when it does not (the first failing line is named), 2 on wrong usage or
 * an unreadable file. Plain Java and the BSON library: no Spring, no database.
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
        Progress progress = new Progress(publishedHead);
        String line;
        int number = 0;
        boolean ended = false;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String failure;
            try {
                BsonDocument document = BsonDocument.parse(line);
                if (ended) {
                    failure = "a line after the end line";
                } else if (number == 1) {
                    failure = progress.header(document);
                } else if (document.containsKey("end")) {
                    ended = true;
                    failure = progress.end(document.getDocument("end"));
                } else {
                    failure = progress.commit(document);
                }
            } catch (JsonParseException | org.bson.BsonInvalidOperationException | ClassCastException e) {
                failure = "not a line of an audit export: " + e.getMessage();
            }
            if (failure != null) {
                out.println("FAILED at line " + number + progress.where() + ": " + failure);
                return FAILED;
            }
        }
        if (!ended) {
            out.println("FAILED: the export ends without its end line after line " + number + " (truncated?)");
            return FAILED;
        }
        if (progress.publishedAt == null) {
            out.println("FAILED: the published head hash " + publishedHead + " is not in this chain: the log it "
                                + "was published for has been changed, or the hash belongs to another log");
            return FAILED;
        }
        out.println("OK: " + progress.commits + " commits (" + progress.events + " events) follow on and hash as "
                            + "recorded; the published head hash is that of position " + progress.publishedAt
                            + (progress.commitsAfterPublished > 0
                                       ? "; " + progress.commitsAfterPublished + " commits were recorded after it"
                                       : "; it is the export's head")
                            + ". Head hash of this export: " + progress.hash);
        return OK;
    }

    /** The chain as recomputed so far. */
    private static final class Progress {

        private final String publishedHead;
        private String hash = ChainHash.GENESIS;
        private long expectedFirst = 1;
        private long commits;
        private long events;
        private Long position;
        private Long publishedAt;
        private long commitsAfterPublished;

        Progress(String publishedHead) {
            this.publishedHead = publishedHead;
            if (publishedHead.equals(ChainHash.GENESIS)) {
                publishedAt = 0L;
            }
        }

        String where() {
            return position == null ? "" : " (position " + position + ")";
        }

        String header(BsonDocument header) {
            if (!header.isString("export") || !ChainExport.TITLE.equals(header.getString("export").getValue())) {
                return "the first line is not the header of an audit export";
            }
            if (header.getNumber("version").intValue() != ChainExport.VERSION) {
                return "export version " + header.get("version") + " is not known to this verifier";
            }
            return null;
        }

        String commit(BsonDocument line) {
            position = line.getNumber("position").longValue();
            BsonDocument commit = line.getDocument("commit");
            long first = StoredCommits.firstPosition(commit);
            if (StoredCommits.lastPosition(commit) != position || line.getNumber("first").longValue() != first) {
                return "the line's position does not match its commit";
            }
            if (first != expectedFirst) {
                return "expected a commit starting at position " + expectedFirst + ", found one starting at " + first
                        + (first > expectedFirst ? " (a commit is missing)" : " (commits overlap or are out of order)");
            }
            hash = ChainHash.next(hash, commit);
            BsonValue recorded = line.get("hash");
            if (recorded == null || !recorded.isString()) {
                return "the tracker never recorded this commit in its chain (inserted?)";
            }
            if (!recorded.asString().getValue().equals(hash)) {
                return "the commit does not hash to the hash recorded for it: it was changed after it was recorded";
            }
            expectedFirst = position + 1;
            commits++;
            events += StoredCommits.eventCount(commit);
            if (publishedAt != null) {
                commitsAfterPublished++;
            } else if (hash.equals(publishedHead)) {
                publishedAt = position;
            }
            return null;
        }

        String end(BsonDocument end) {
            position = null;
            if (end.getNumber("commits").longValue() != commits || end.getNumber("events").longValue() != events) {
                return "the end line counts " + end.get("commits") + " commits and " + end.get("events")
                        + " events, the export holds " + commits + " and " + events + " (lines removed?)";
            }
            if (!end.getString("headHash").getValue().equals(hash)) {
                return "the end line's head hash is not the chain's last hash";
            }
            return null;
        }
    }
}
