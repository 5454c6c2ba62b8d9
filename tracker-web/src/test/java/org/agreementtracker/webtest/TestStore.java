package org.agreementtracker.webtest;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.eventstore.TestMongo;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The web tests' MongoDB: an in-memory mongo-java-server through the real driver, one per test JVM, a fresh
 * database per application context. {@code tracker.mongo.uri} points at it too, so that no embedded store starts.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestStore {

    private static final TestMongo MONGO = new TestMongo();

    public static TestMongo mongo() {
        return MONGO;
    }

    @Bean
    @Primary
    public MongoDatabase testMongoDatabase() {
        return MONGO.freshDatabase();
    }

    @Bean
    public DynamicPropertyRegistrar testMongoUri() {
        return registry -> registry.add("tracker.mongo.uri", TestStore::uri);
    }

    private static String uri() {
        try (var client = MONGO.newClient()) {
            var address = client.getClusterDescription().getClusterSettings().getHosts().get(0);
            return "mongodb://" + address.getHost() + ":" + address.getPort();
        }
    }
}
