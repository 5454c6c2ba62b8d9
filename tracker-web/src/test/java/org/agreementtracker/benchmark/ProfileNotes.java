package org.agreementtracker.benchmark;

/**
 * What profiling found about the limits, written by hand and appended to every report: the figures above change with
 * the machine, the reasons do not. Keep it in step with the code when the engine or the store change.
 */
final class ProfileNotes {

    private ProfileNotes() {
    }

    static void append(StringBuilder out) {
        out.append("""
                ### Profile notes: what limits the tracker here, and what would lift it

                From Java Flight Recorder CPU samples of this benchmark (`-XX:StartFlightRecording`, tracker only,
                10,000 to 50,000 events), taken 2026-11-23 on the development machine while other builds shared its
                2 cores: the *shares* below are solid, the absolute rates are not. The experiments named here swapped
                one class on the classpath; none of them is in the product.

                1. **Index keys compared by Java serialization (embedded store).** mongo-java-server's H2 backend keeps
                   every unique index (`_id`, `first`, `streams`) in an MVStore map keyed by its `KeyValue` class,
                   which is not `Comparable`; H2's `ObjectDataType` then compares two keys by Java-serializing both, at
                   every step of every B-tree search. That was **64% of all CPU** in the command runs at 10,000
                   events (the aggregate read's `$in` over the `streams` index 45%, the unique checks of each insert
                   15%), 53% at 100,000, and 34% of the replay's CPU (`_id $in`). It is also why the rate falls with
                   the size: more comparisons per search, and, once the indexes outgrow the MVStore's 16 MB page cache
                   (the `streams` keys alone take about 47 MB at 100,000 events), pages read back and Java-deserialized
                   (19% of CPU at 100,000) plus the background compaction rewriting pages the same way (21%).
                   Measured, busy machine: sequential about 110 commands/s at 10,000 events, 18 to 27 at 100,000.
                   *What would lift it:* open the index maps with a key type that compares `KeyValue`s in memory
                   (mongo-java-server's own `ValueComparator`) and writes the same bytes (subclass
                   `H2Backend.openOrCreateDatabase` and `H2Database.openOrCreateUniqueIndex` in the store); a larger
                   page cache (`MVStore.Builder.cacheSize`) for large stores. Experiment with the key type at 100,000
                   events, same conditions: sequential 18-27 -> 107 commands/s, 16 clients 40-44 -> 149, replay 4,477 ->
                   6,999 events/s, bulk fill 1,591 -> 2,899 events/s; so the size no longer costs much at 100,000.
                   The key order changes, so an existing store file would need its indexes rebuilt.
                2. **The aggregate read probes 100 keys (engine).** `readEventData` asks the `streams` index for
                   `batchSize` (100) keys after the snapshot, but with a snapshot every 50 events about 25 exist, so
                   three lookups in four miss, each at the cost of item 1. *What would lift it:* a first window of about
                   32 keys, widened only when it comes back full: about three times less index work per load.
                3. **One lock per collection, one commit per write (embedded store).** mongo-java-server runs every
                   query and write of a collection under that collection's lock, and the backend commits the MVStore
                   before answering each journaled write; concurrent clients therefore only overlap their client-side
                   work (Axon, serialization), which is why 16 clients gain little over one. 2,000 commands/s on 2 cores
                   means at most 1 ms of CPU per command, client and server together; one raw journaled insert alone
                   takes about 0.3 ms. *What would lift it:* items 1, 2 and 5; beyond that only a MongoDB server (per
                   document concurrency, group commit), not the embedded store.
                4. **Position counter race (engine on the embedded store).** With 16 clients, `PositionCounter.reserve`
                   now and then hands two writers the same position: `findAndModify` with `new: true` returns the live
                   document of the MVStore map, which is encoded after the collection lock is released, so a concurrent
                   increment may change it first. No event is lost or duplicated (the second insert hits `_id`, finds a
                   document there and takes new positions: counter `fenced.retries`), but the skipped position stays
                   empty until a reader fences it after `gapTimeout`, so **every tracking processor stalls 10 s** there.
                   Measured: 3 in 3,500 concurrent commands. *Fix:* ask for `ReturnDocument.BEFORE` (the server returns
                   a private deep copy of the pre-image) and add the count: 0 in 3,000 in the same test.
                5. **Disk (embedded store).** H2 stores documents and index keys Java-serialized: a 761-byte BSON commit
                   of one event takes 1,326 bytes, its `_id` and `first` index keys 217 bytes each, its `streams` key
                   467 bytes: about 2.2 KB per event before page overhead. Each journaled commit also writes a new
                   MVStore chunk of whole rewritten pages, and old chunks are kept for the retention time (45 s) until
                   compaction reuses them, so the file carries tens of KB of dead pages per recently written event.
                   *What would lift it:* `MVStore.Builder.compress()` (experiment: 22,198 -> 4,491 bytes/event at
                   10,000 events), a shorter retention or periodic `compactFile`, and, for the last factor of two, a BSON
                   data type for the maps instead of Java serialization (a store file format change).
                6. **Replay (engine and store).** Server side 57% of the replay's CPU (the `_id $in` lookups of item 1,
                   and Java deserialization of pages read), client side 31% (each event goes BSON -> JSON text
                   (`BsonPayloads.toJson`) -> Jackson). *What would lift it:* item 1, then reading payloads from BSON
                   without the JSON text detour.
                """);
    }
}
