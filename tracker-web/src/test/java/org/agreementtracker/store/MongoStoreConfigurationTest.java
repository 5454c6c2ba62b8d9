package org.agreementtracker.store;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.agreementtracker.api.classification.Sealing;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which store the tracker connects to, decided by {@code tracker.mongo.uri}. */
class MongoStoreConfigurationTest {

    private final ApplicationContextRunner context =
            new ApplicationContextRunner().withUserConfiguration(MongoStoreConfiguration.class)
                                          .withBean(Sealing.class, Sealing::none);

    private MongoServer externalServer;
    private String externalAddress;

    @BeforeEach
    void startExternalServer() {
        externalServer = new MongoServer(H2Backend.inMemory());
        externalServer.bind("127.0.0.1", 0);
        externalAddress = "mongodb://127.0.0.1:" + externalServer.getLocalAddress().getPort();
    }

    @AfterEach
    void stopExternalServer() {
        externalServer.shutdownNow();
    }

    @Test
    void defaultsToTheEmbeddedStoreUnderDotData() {
        StoreProperties properties = bind(Map.of());

        assertThat(properties.isEmbedded()).isTrue();
        assertThat(properties.dataDir().normalize()).isEqualTo(Path.of("data"));
        assertThat(properties.embedded().port()).isEqualTo(27017);
        assertThat(properties.embedded().fsync()).isFalse();
        assertThat(properties.databaseName()).isEqualTo("tracker");
    }

    @Test
    void takesTheDatabaseNameFromTheUriWhenItNamesOne() {
        assertThat(bind(Map.of("tracker.mongo.uri", "mongodb://m1,m2,m3/agreements?replicaSet=rs0")).databaseName())
                .isEqualTo("agreements");
        assertThat(bind(Map.of("tracker.mongo.uri", "mongodb://m1,m2,m3/?replicaSet=rs0")).databaseName())
                .isEqualTo("tracker");
    }

    @Test
    void connectsToTheConfiguredUriWithoutStartingTheEmbeddedStore(@TempDir Path dataDirectory) {
        context.withPropertyValues("tracker.mongo.uri=" + externalAddress + "/external",
                                   "tracker.data-dir=" + dataDirectory)
               .run(started -> {
                   assertThat(started).hasNotFailed().doesNotHaveBean(EmbeddedMongoServer.class);
                   MongoDatabase database = started.getBean(MongoDatabase.class);
                   assertThat(database.getName()).isEqualTo("external");

                   database.getCollection("probe").insertOne(new Document("_id", "written through the bean"));

                   try (MongoClient other = MongoClients.create(externalAddress)) {
                       assertThat(other.getDatabase("external").getCollection("probe").countDocuments())
                               .isEqualTo(1);
                   }
               });
        assertThat(dataDirectory).isEmptyDirectory();
    }

    @Test
    void startsTheEmbeddedStoreWhenNoUriIsSetAndStopsItWithTheContext(@TempDir Path dataDirectory) {
        int[] port = new int[1];
        context.withPropertyValues("tracker.data-dir=" + dataDirectory, "tracker.embedded.port=0")
               .run(started -> {
                   assertThat(started).hasNotFailed().hasSingleBean(EmbeddedMongoServer.class);
                   port[0] = started.getBean(EmbeddedMongoServer.class).port();
                   started.getBean(MongoDatabase.class).getCollection("probe").insertOne(new Document("_id", 1));
               });

        // the file lock is released: a new store opens on the same directory and finds the acknowledged write
        try (EmbeddedMongoServer reopened = EmbeddedMongoServer.start(dataDirectory, 0, false);
             MongoClient client = MongoClients.create(reopened.connectionString())) {
            assertThat(client.getDatabase("tracker").getCollection("probe").countDocuments()).isEqualTo(1);
        }
        assertThat(port[0]).isPositive();
    }

    private static StoreProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("tracker", StoreProperties.class);
    }
}
