package org.agreementtracker.eventstore;

import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngineTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.util.function.UnaryOperator;

/**
 * Axon's own contract for storage engines (from the {@code axon-eventsourcing} tests jar), run against the engine on
 * a MongoDB-wire server through the real driver.
 */
class MongoCommitStorageEngineContractTest
        extends BatchingEventStorageEngineTest<MongoCommitStorageEngine, MongoCommitStorageEngine.Builder> {

    private static TestMongo mongo;
    private com.mongodb.client.MongoDatabase database;

    @BeforeAll
    static void startServer() {
        mongo = new TestMongo();
    }

    @AfterAll
    static void stopServer() {
        mongo.close();
    }

    @BeforeEach
    void setUp() {
        database = mongo.freshDatabase();
        setTestSubject(createEngine());
    }

    @Override
    protected MongoCommitStorageEngine createEngine(UnaryOperator<MongoCommitStorageEngine.Builder> customization) {
        MongoCommitStorageEngine.Builder builder = MongoCommitStorageEngine.builder()
                                                                           .database(database)
                                                                           .eventSerializer(TestMongo.serializer())
                                                                           .snapshotSerializer(TestMongo.serializer());
        return customization.apply(builder).build();
    }
}
