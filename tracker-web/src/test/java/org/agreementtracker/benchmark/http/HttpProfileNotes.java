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
                From this benchmark's own profile (run of 2026-11-23 03:06 UTC, 10,000 agreements; its profiled rounds ran slower
                than the measured ones, so read the shares, not the rates) and the projections' lag during the run:

                1. **Commands with read-your-writes are paced by the agreement-board projection.** After the fill the other three
                   projections were level within seconds while `agreement-board` took 212 s for 30,000 events (about 185 events/s
                   with the CPU to itself). It is one single-threaded processor, and every event costs it several round trips to
                   the embedded store, each a write under the store's one lock with an MVStore commit: find the row by
                   `agreementId`, replace it, `$pull`/`$addToSet` on the postings shards. A write answers only when the slowest
                   projection has passed it, so the command rate cannot exceed that projection's rate: 142 commands/s, of whose
                   126 ms median 96 ms is the wait and 12 ms the command bus. *What would lift it:* let the board projection write
                   each row and posting once per batch (keep them in the unit of work, one `bulkWrite` at commit) instead of once
                   per event; split it into segments only with a store that writes concurrently.
                2. **Without the wait (`await-on-write=0`) the embedded store is the limit.** 367 commands/s: the H2 MVStore
                   (about half the samples, its page compression `CompressLZF.compress` alone 12%, much of it on the
                   `H2-serialization` thread), mongo-java-server and the store's BSON handling take most of the CPU; Axon 23%,
                   Spring MVC and Security about 10% each, the tracker's engine 6%. On 2 cores shared with the clients, 1,000
                   commands/s would leave 2 ms of CPU per command for the command and four projections together; today it is
                   about 5 ms. *What would lift it:* a MongoDB replica set on its own machines (the product's production
                   setting) takes the store's CPU off the tracker's cores and writes documents concurrently; more cores.
                3. **Board queries.** With one client the filtered pages (postings, then rows by `_id`) answer in 3 to 8 ms at the
                   median; the unfiltered page (`find().sort(_id).skip().limit()`), free text `q` (a scan with a regex) and the
                   summary (every posting, then the rows with indicators) read and decode every row, p99 41 to 59 ms. With 16
                   clients on 2 cores each request queues behind 15 others (p99 454 ms): the target is out of reach there by
                   arithmetic, whatever the query costs. *What would lift it:* serve the unfiltered page from the keys of a posting
                   (as the filtered ones), and the summary's indicators from a posting of the agreements that have any, so that
                   neither reads the whole board; text search from an index (a real MongoDB's, or n-gram postings).
                """);
    }
}
