package org.agreementtracker.eventstore;

import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngineTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.function.UnaryOperator;

/**
 * Axon's own contract for storage engines (from the {@code axon-eventsourcing} tests jar), run against the engine on
 * a MongoDB-wire server through the real driver.
 */
class MongoCommitStorageEngineContractTest
        extends BatchingEventStorageEngineTest<MongoCommitStorageEngine, MongoCommitStorageEngine.Builder> {

    @RegisterExtension
    static final TestMongoExtension mongo = new TestMongoExtension();

    @BeforeEach
    void setUp() {
        setTestSubject(createEngine());
    }

    @Override
    protected MongoCommitStorageEngine createEngine(UnaryOperator<MongoCommitStorageEngine.Builder> customization) {
        MongoCommitStorageEngine.Builder builder = TestMongo.engineOn(mongo.database());
        return customization.apply(builder).build();
    }
}
