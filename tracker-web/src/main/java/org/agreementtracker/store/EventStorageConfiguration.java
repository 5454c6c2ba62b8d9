package org.agreementtracker.store;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.agreementtracker.api.classification.Sealing;
import org.agreementtracker.eventstore.MongoCommitStorageEngine;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tracker's event storage engine. Axon's autoconfiguration wraps any {@code EventStorageEngine} bean in its
 * {@code EmbeddedEventStore} (and then configures neither JPA nor JDBC storage), so declaring it is all it takes. It
 * seals classified content with the {@link Sealing} of {@link SealingConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
public class EventStorageConfiguration {

    /**
     * The event serializer for events, as Axon's own storage autoconfiguration uses it, and one that reads and writes
     * fields for snapshots (an aggregate's state is its private fields, which Jackson does not see by default);
     * upcasters and the snapshot filter from Axon's configuration. On the single-process embedded store a position
     * reservation need not reach the disk by itself: the journaled commit carries it.
     */
    @Bean
    public MongoCommitStorageEngine eventStorageEngine(MongoDatabase database,
                                                       RevisionResolver revisionResolver,
                                                       @Qualifier("eventSerializer") Serializer eventSerializer,
                                                       org.axonframework.config.Configuration configuration,
                                                       ObjectProvider<MeterRegistry> meterRegistry,
                                                       ObjectProvider<EmbeddedMongoServer> embeddedStore,
                                                       Sealing sealing) {
        return MongoCommitStorageEngine.builder()
                                       .database(database)
                                       .positionWriteConcern(embeddedStore.getIfAvailable() != null
                                                                     ? WriteConcern.W1.withJournal(false)
                                                                     : WriteConcern.MAJORITY)
                                       .eventSerializer(eventSerializer)
                                       .snapshotSerializer(snapshotSerializer(revisionResolver))
                                       .upcasterChain(configuration.upcasterChain())
                                       .snapshotFilter(configuration.snapshotFilter())
                                       .meterRegistry(meterRegistry.getIfAvailable())
                                       .sealing(sealing)
                                       .build();
    }

    /** Snapshots hold an aggregate's fields, whatever their visibility, and nothing its methods compute. */
    static Serializer snapshotSerializer(RevisionResolver revisionResolver) {
        return Jackson3Serializer.builder()
                                 .revisionResolver(revisionResolver)
                                 .jsonMapperBuilderCustomizer(mapper -> mapper.changeDefaultVisibility(
                                         visibility -> visibility.withFieldVisibility(Visibility.ANY)
                                                                 .withGetterVisibility(Visibility.NONE)
                                                                 .withIsGetterVisibility(Visibility.NONE)))
                                 .build();
    }
}
