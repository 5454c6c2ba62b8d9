package org.agreementtracker.store;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.agreementtracker.eventstore.MongoCommitStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tracker's event storage engine. Axon's autoconfiguration wraps any {@code EventStorageEngine} bean in its
 * {@code EmbeddedEventStore} (and then configures neither JPA nor JDBC storage), so declaring it is all it takes.
 */
@Configuration(proxyBeanMethods = false)
public class EventStorageConfiguration {

    /**
     * Serializers as Axon's own storage autoconfiguration uses them: the event serializer for events, the general
     * one for snapshots; upcasters and the snapshot filter from Axon's configuration. On the single-process
     * embedded store a position reservation need not reach the disk by itself: the journaled commit carries it.
     */
    @Bean
    public MongoCommitStorageEngine eventStorageEngine(MongoDatabase database,
                                                       Serializer serializer,
                                                       @Qualifier("eventSerializer") Serializer eventSerializer,
                                                       org.axonframework.config.Configuration configuration,
                                                       ObjectProvider<MeterRegistry> meterRegistry,
                                                       ObjectProvider<EmbeddedMongoServer> embeddedStore) {
        return MongoCommitStorageEngine.builder()
                                       .database(database)
                                       .positionWriteConcern(embeddedStore.getIfAvailable() != null
                                                                     ? WriteConcern.W1.withJournal(false)
                                                                     : WriteConcern.MAJORITY)
                                       .eventSerializer(eventSerializer)
                                       .snapshotSerializer(serializer)
                                       .upcasterChain(configuration.upcasterChain())
                                       .snapshotFilter(configuration.snapshotFilter())
                                       .meterRegistry(meterRegistry.getIfAvailable())
                                       .build();
    }
}
