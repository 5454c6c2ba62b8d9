package org.agreementtracker.eventstore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock the test moves by hand, which can also hold the next caller: the engine stamps a commit right after it
 * has reserved the commit's positions, so holding that reading is a writer stalled between reservation and insert
 * (a long GC pause, a slow network), with the real engine code on either side of the pause.
 */
final class TestClock extends Clock {

    private final AtomicReference<Instant> now;
    private final AtomicReference<Stall> nextStall = new AtomicReference<>();

    TestClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    /** The next reading of this clock blocks until the returned stall is released. */
    Stall stallNextReading() {
        Stall stall = new Stall();
        nextStall.set(stall);
        return stall;
    }

    @Override
    public Instant instant() {
        Stall stall = nextStall.getAndSet(null);
        if (stall != null) {
            stall.hold();
        }
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a test clock has one zone");
    }

    static final class Stall {

        private final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        private void hold() {
            reached.countDown();
            try {
                if (!released.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the stalled caller was never released");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        void awaitReached() throws InterruptedException {
            if (!reached.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("nobody read the clock");
            }
        }

        void release() {
            released.countDown();
        }
    }
}
