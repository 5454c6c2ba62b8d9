package org.agreementtracker.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.agreementtracker.classification.Classifications;
import org.agreementtracker.classification.Readers;
import org.agreementtracker.classification.Redaction;
import org.agreementtracker.readmodel.TestMongo;
import org.bson.BsonDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the audit chain takes on the embedded store (mongo-java-server, H2 in memory, over TCP with the real
 * driver): extending it commit by commit as its processor does, verifying it, exporting it. A measurement, not a
 * check of behaviour: run it on purpose with {@code -Dtracker.measure=true}.
 * <pre>./mvnw -B -pl tracker-query -am test -Dtest=AuditChainTimingTest -Dtracker.measure=true
 *     -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@EnabledIfSystemProperty(named = "tracker.measure", matches = "true")
class AuditChainTimingTest {

    private static final int COMMITS = Integer.getInteger("tracker.measure.commits", 20_000);

    @Test
    void extendVerifyAndExport() throws IOException {
        try (TestMongo mongo = new TestMongo()) {
            MongoDatabase database = mongo.freshDatabase();
            MongoCollection<BsonDocument> events = database.getCollection(StoredCommits.COLLECTION,
                                                                          BsonDocument.class);
            List<BsonDocument> batch = new ArrayList<>();
            for (long position = 1; position <= COMMITS; position++) {
                batch.add(AuditChainTest.commitDocument(position, position, "a" + position % 500,
                                                        List.of("note " + position)));
                if (batch.size() == 1000) {
                    events.insertMany(batch);
                    batch.clear();
                }
            }
            AuditChainProjection projection = new AuditChainProjection(database);
            long start = System.nanoTime();
            for (long position = 1; position <= COMMITS; position++) {
                projection.extendTo(position);
            }
            long extend = System.nanoTime() - start;

            start = System.nanoTime();
            AuditChainVerifier.Report report = new AuditChainVerifier(database).verify();
            long verify = System.nanoTime() - start;

            start = System.nanoTime();
            long[] bytes = {0};
            new ChainExport(database).writeTo(new OutputStream() {
                @Override
                public void write(int b) {
                    bytes[0]++;
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes[0] += len;
                }
            }, ExportRedaction.forReader(new Redaction(Readers.SCHEME, new Classifications(database)),
                                         Readers.CLEARANCE));
            long export = System.nanoTime() - start;

            assertThat(report.status()).isEqualTo(AuditChainVerifier.Status.INTACT);
            System.out.printf("audit chain, %d commits: extend %.2f ms per commit; verify %d ms; export %d ms "
                                      + "(%d bytes)%n", COMMITS, extend / 1e6 / COMMITS, verify / 1_000_000,
                              export / 1_000_000, bytes[0]);
        }
    }
}
