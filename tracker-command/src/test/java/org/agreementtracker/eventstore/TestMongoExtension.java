package org.agreementtracker.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link TestMongo} for a test class and a fresh database for each of its tests; {@link #onSecondNode()} reaches
 * that database through a second, independent client, as a second tracker node would. Register it in a static field:
 * <pre>@RegisterExtension static final TestMongoExtension mongo = new TestMongoExtension();</pre>
 */
public final class TestMongoExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private TestMongo mongo;
    private MongoDatabase database;
    private MongoClient secondClient;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (mongo == null) {                                   // nested classes share their outer class's server
            mongo = new TestMongo();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!context.getRequiredTestClass().isAnnotationPresent(Nested.class)) {
            mongo.close();
            mongo = null;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        database = mongo.freshDatabase();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (secondClient != null) {
            secondClient.close();
            secondClient = null;
        }
    }

    /** The test's own database, on the first client. */
    public MongoDatabase database() {
        return database;
    }

    /** The test's database through a second client of its own, opened on first use and closed after the test. */
    public MongoDatabase onSecondNode() {
        if (secondClient == null) {
            secondClient = mongo.newClient();
        }
        return secondClient.getDatabase(database.getName());
    }
}
