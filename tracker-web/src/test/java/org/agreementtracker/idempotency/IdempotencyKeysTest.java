package org.agreementtracker.idempotency;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.eventstore.TestMongoExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The key store on the real MongoDB driver: what several nodes sharing one database agree on. */
class IdempotencyKeysTest {

    private static final Duration RETENTION = Duration.ofHours(24);
    private static final Duration IN_PROGRESS_TIMEOUT = Duration.ofMinutes(1);
    private static final RecordedAnswer CREATED = new RecordedAnswer(
            201, List.of(new RecordedAnswer.Header("Location", "/api/v1/agreements/a-1")), "{\"id\":\"a-1\"}".getBytes());

    @RegisterExtension
    static final TestMongoExtension mongo = new TestMongoExtension();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-04-11T10:00:00Z"));

    private IdempotencyKeys keys(MongoDatabase on) {
        return new IdempotencyKeys(on, RETENTION, IN_PROGRESS_TIMEOUT, clock);
    }

    @Test
    void ofTwoNodesRacingForEachKeyExactlyOneWinsIt() throws Exception {
        IdempotencyKeys nodeA = keys(mongo.database());
        IdempotencyKeys nodeB = keys(mongo.onSecondNode());
        nodeA.createIndexes();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        int won = 0;
        int keys = 50;
        for (int i = 0; i < keys; i++) {
            String key = "key-" + i;
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Boolean> a = threads.submit(claim(nodeA, key, start));
            Future<Boolean> b = threads.submit(claim(nodeB, key, start));
            boolean aWon = a.get(10, TimeUnit.SECONDS);
            boolean bWon = b.get(10, TimeUnit.SECONDS);
            assertThat(aWon ^ bWon).as("exactly one node runs the request with " + key).isTrue();
            won++;
        }
        threads.shutdown();
        assertThat(won).isEqualTo(keys);
    }

    private static Callable<Boolean> claim(IdempotencyKeys node, String key, CyclicBarrier start) {
        return () -> {
            start.await(10, TimeUnit.SECONDS);
            try {
                return node.claim("admin", key, "POST", "/api/v1/agreements", "f1").isEmpty();
            } catch (RequestInProgressException lost) {
                return false;
            }
        };
    }

    @Test
    void aCompletedKeyGivesItsAnswerOnAnyNode() {
        IdempotencyKeys nodeA = keys(mongo.database());
        IdempotencyKeys nodeB = keys(mongo.onSecondNode());
        nodeA.claim("admin", "k", "POST", "/p", "f1");
        nodeA.complete("admin", "k", CREATED);

        Optional<RecordedAnswer> answer = nodeB.claim("admin", "k", "POST", "/p", "f1");

        assertThat(answer).hasValueSatisfying(recorded -> {
            assertThat(recorded.status()).isEqualTo(201);
            assertThat(recorded.headers()).isEqualTo(CREATED.headers());
            assertThat(recorded.body()).isEqualTo(CREATED.body());
        });
    }

    @Test
    void anotherFingerprintIsRefused() {
        IdempotencyKeys keys = keys(mongo.database());
        keys.claim("admin", "k", "POST", "/p", "f1");
        keys.complete("admin", "k", CREATED);

        assertThatThrownBy(() -> keys.claim("admin", "k", "POST", "/p", "f2"))
                .isInstanceOf(IdempotencyKeyReusedException.class);
    }

    @Test
    void aReleasedKeyIsFreeAgain() {
        IdempotencyKeys keys = keys(mongo.database());
        keys.claim("admin", "k", "POST", "/p", "f1");
        keys.release("admin", "k");

        assertThat(keys.claim("admin", "k", "POST", "/p", "f2")).isEmpty();
    }

    @Test
    void aClaimWhoseRequestDiedIsTakenOverAfterTheTimeoutByOneRepeatOnly() {
        IdempotencyKeys keys = keys(mongo.database());
        keys.claim("admin", "k", "POST", "/p", "f1");
        assertThatThrownBy(() -> keys.claim("admin", "k", "POST", "/p", "f1"))
                .isInstanceOf(RequestInProgressException.class);

        clock.advance(IN_PROGRESS_TIMEOUT.plusSeconds(1));

        assertThat(keys.claim("admin", "k", "POST", "/p", "f1")).as("taken over").isEmpty();
        assertThatThrownBy(() -> keys.claim("admin", "k", "POST", "/p", "f1"))
                .isInstanceOf(RequestInProgressException.class);
    }

    @Test
    void anExpiredKeyIsForgotten() {
        IdempotencyKeys keys = keys(mongo.database());
        keys.claim("admin", "k", "POST", "/p", "f1");
        keys.complete("admin", "k", CREATED);

        clock.advance(RETENTION.plusSeconds(1));

        assertThat(keys.claim("admin", "k", "POST", "/p", "f2")).isEmpty();
    }

    @Test
    void aUserNameWithALineBreakCannotReachAnotherUsersKey() {
        IdempotencyKeys keys = keys(mongo.database());
        keys.claim("a", "b", "POST", "/p", "f1");
        keys.complete("a", "b", CREATED);

        // ("a\nb", "c") and ("a", "b\nc") could only meet if keys held line breaks, which the filter refuses
        assertThat(IdempotencyKeys.id("a\nb", "c")).isNotEqualTo(IdempotencyKeys.id("a", "b"));
        assertThat(keys.claim("a\nb", "c", "POST", "/p", "f2")).isEmpty();
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
