package org.agreementtracker.store;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.classification.Sealing;
import org.agreementtracker.readmodel.SealedDocuments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The MongoDB connection: to {@code tracker.mongo.uri} when it is set, else to the embedded store, which is started
 * here. Either way the tracker talks to it through the ordinary driver over TCP, so both take the same code path.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StoreProperties.class)
public class MongoStoreConfiguration {

    private static final String APPLICATION_NAME = "agreement-tracker";

    @Bean(destroyMethod = "close")
    @Conditional(NoMongoUri.class)
    public EmbeddedMongoServer embeddedMongoServer(StoreProperties properties) {
        return EmbeddedMongoServer.start(properties.dataDir(), properties.embedded().port(),
                                         properties.embedded().fsync());
    }

    /** Takes the server as a dependency, so Spring closes this client before it stops the server. */
    @Bean(destroyMethod = "close")
    @Conditional(NoMongoUri.class)
    public MongoClient embeddedMongoClient(EmbeddedMongoServer server) {
        return connect(server.connectionString());
    }

    @Bean(destroyMethod = "close")
    @Conditional(MongoUriSet.class)
    public MongoClient mongoClient(StoreProperties properties) {
        return connect(properties.mongo().uri());
    }

    /** The database; its documents seal what they say of classified content ({@link SealedDocuments}). */
    @Bean
    public MongoDatabase mongoDatabase(MongoClient client, StoreProperties properties, Sealing sealing) {
        return client.getDatabase(properties.databaseName()).withCodecRegistry(SealedDocuments.codecs(sealing));
    }

    /** The projections' writes: see {@link ReadModelDatabase} for why they need not wait for the embedded store. */
    @Bean
    public ReadModelDatabase readModelDatabase(MongoDatabase database, ObjectProvider<EmbeddedMongoServer> embedded) {
        return new ReadModelDatabase(embedded.getIfAvailable() == null
                                     ? database
                                     : database.withWriteConcern(WriteConcern.W1.withJournal(false)));
    }

    @Bean
    public StoreHealthIndicator storeHealthIndicator(MongoDatabase database) {
        return new StoreHealthIndicator(database);
    }

    private static MongoClient connect(String connectionString) {
        return MongoClients.create(MongoClientSettings.builder()
                                                      .applyConnectionString(new ConnectionString(connectionString))
                                                      .applicationName(APPLICATION_NAME)
                                                      .build());
    }

    /** Conditions read the raw property: they are evaluated before {@link StoreProperties} is bound. */
    static final class NoMongoUri implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("tracker.mongo.uri"));
        }
    }

    static final class MongoUriSet implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new NoMongoUri().matches(context, metadata);
        }
    }
}
