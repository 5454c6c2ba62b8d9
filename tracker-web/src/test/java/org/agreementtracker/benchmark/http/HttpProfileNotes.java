package org.agreementtracker.benchmark.http;

import java.util.List;

/**
 * What the profile says about the limits, written by hand after a run and appended to every report: the figures
 * change with the machine, the reasons do not. Keep it in step with the code when the tracker or the store change.
 */
final class HttpProfileNotes {

    private HttpProfileNotes() {
    }

    static void append(StringBuilder out, List<String> missed) {
        out.append("## What limits it, and what would lift it\n\n");
        if (missed.isEmpty()) {
            out.append("Every target was met.\n\n");
        } else {
            out.append("Not met: ").append(String.join("; ", missed)).append(".\n\n");
        }
        out.append("""
                From this benchmark's own profile (run of 2026-11-23 06:32 UTC, 10,000 agreements; its profiled rounds ran slower
                than the measured ones, so read the shares, not the rates), the tracker's meters and the projections' lag:

                1. **The projections no longer pace the writes; the CPU does.** Each projection's processor writes its read model
                   once per batch of events (`readmodel/BatchWrites`: a document read once and written once per batch, one
                   `bulkWrite` per collection) and, on the embedded store, without waiting for a commit of its own
                   (`store/ReadModelDatabase`); a waiting write is woken when a processor moves on instead of polling. The
                   projections caught up with the fill's 30,000 events 17 s after it (239 s before these changes, when the board
                   projection made several store round trips and commits per event), and with read-your-writes the commands went
                   from 131/s (p50 126 ms, p99 243 ms) to 210/s (p50 68 ms, p99 200 ms): of the 68 ms, 23 ms on the command bus
                   and 45 ms waiting for seven processors to pass the write, on two cores that are busy throughout.
                2. **The embedded store is the limit.** H2's MVStore is in 72% of the command samples (its page compression
                   `CompressLZF.compress` alone 14%, mostly on the `H2-serialization` thread that writes each commit), with
                   mongo-java-server and the store's BSON handling in most of the rest; Axon 12%, Spring 9% with Security, the
                   tracker's engine 5%, the read models 4%. Answering at once (`await-on-write=0`) gives 342 commands/s while the
                   projections keep within 9 s (they fell 50 s behind at 497/s before: they now take their share of the CPU as
                   they go). On 2 cores shared with the clients, 1,000 commands/s would leave 2 ms of CPU per command for the
                   command and seven processors together. *What would lift it:* a MongoDB replica set on its own machines (the
                   product's production setting) takes the store's CPU off the tracker's cores; more cores.
                3. **Board queries.** With one client the filtered pages (postings, then rows by `_id`) answer in 3 to 7 ms at the
                   median; the unfiltered page (`find().sort(_id).skip().limit()`), free text `q` (a scan with a regex) and the
                   summary (the size of every posting, then the rows with indicators) make the embedded server decode every row
                   or posting, p99 26 to 35 ms, so the one-client p99 over all queries is 28 ms against a target of 25. With 16
                   clients on 2 cores each request queues behind 15 others (p99 472 ms): the target is out of reach there by
                   arithmetic, whatever the query costs. *What would lift it:* serve the unfiltered page from the keys of a
                   posting (as the filtered ones) and the summary's counts from counters kept with the postings, so that neither
                   reads the whole board; text search from an index (a real MongoDB's, or n-gram postings).
                """);
    }
}
