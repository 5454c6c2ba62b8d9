package org.agreementtracker.eventstore;

import com.mongodb.WriteConcern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Positions handed out to writers on several nodes at once: every position to exactly one writer. */
class PositionCounterTest {

    @RegisterExtension
    static final TestMongoExtension mongo = new TestMongoExtension();

    private record Reservation(long first, long last) {
    }

    @Test
    void concurrentReservationsFromTwoNodesNeverOverlapAndLeaveNoHole() throws Exception {
        int threadsPerNode = 4;
        int reservationsPerThread = 150;
        PositionCounter nodeA = new PositionCounter(mongo.database().getCollection("counters"), WriteConcern.MAJORITY);
        PositionCounter nodeB = new PositionCounter(mongo.onSecondNode().getCollection("counters"),
                                                    WriteConcern.MAJORITY);
        ExecutorService threads = Executors.newFixedThreadPool(2 * threadsPerNode);
        List<Future<List<Reservation>>> reserving = new ArrayList<>();
        for (int i = 0; i < 2 * threadsPerNode; i++) {
            PositionCounter counter = i % 2 == 0 ? nodeA : nodeB;
            int size = 1 + i % 3;
            reserving.add(threads.submit(() -> {
                List<Reservation> reservations = new ArrayList<>();
                for (int r = 0; r < reservationsPerThread; r++) {
                    long last = counter.reserve(size);
                    reservations.add(new Reservation(last - size + 1, last));
                }
                return reservations;
            }));
        }
        BitSet taken = new BitSet();
        long reserved = 0;
        for (Future<List<Reservation>> thread : reserving) {
            for (Reservation reservation : thread.get(30, TimeUnit.SECONDS)) {
                for (long p = reservation.first(); p <= reservation.last(); p++) {
                    assertThat(taken.get((int) p)).as("position %d handed out twice", p).isFalse();
                    taken.set((int) p);
                    reserved++;
                }
            }
        }
        threads.shutdown();

        assertThat(taken.nextClearBit(1)).as("no position skipped").isEqualTo(reserved + 1);
        assertThat(nodeA.head()).isEqualTo(reserved);
    }
}
