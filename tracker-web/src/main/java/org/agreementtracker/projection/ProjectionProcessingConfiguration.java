package org.agreementtracker.projection;

import com.mongodb.client.MongoDatabase;
import io.micrometer.core.instrument.MeterRegistry;
import org.agreementtracker.readmodel.BatchWrites;
import org.agreementtracker.store.ReadModelDatabase;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Every projection (an event handler's processing group) runs in a tracking event processor of its own, so one
 * projection that fails or replays holds no other up. Their positions and claims live in MongoDB (collection
 * {@value #TOKEN_COLLECTION}), shared by all nodes: one node processes each projection at a time, and when it dies
 * another takes over once its claim times out. An event a handler cannot handle is parked with the later events of
 * its agreement ({@link DeadLetterConfiguration}), never skipped silently; a failure of the store stops the processor
 * at that event, which it retries with a growing pause (health shows both). Each processor writes its read model
 * once per batch of events ({@link BatchWrites}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProjectionProperties.class)
public class ProjectionProcessingConfiguration {

    public static final String TOKEN_COLLECTION = "tracking_tokens";

    @Bean
    public TokenStore tokenStore(ReadModelDatabase readModels, RevisionResolver revisionResolver,
                                 ProjectionProperties properties) {
        MongoTokenStore.Builder tokenStore =
                MongoTokenStore.builder()
                               .mongoTemplate(DefaultMongoTemplate.builder()
                                                                  .mongoDatabase(readModels.database())
                                                                  .trackingTokensCollectionName(TOKEN_COLLECTION)
                                                                  .build())
                               .serializer(tokenSerializer(revisionResolver))
                               .claimTimeout(properties.claimTimeout());
        if (properties.nodeId() != null && !properties.nodeId().isBlank()) {
            tokenStore.nodeId(properties.nodeId());
        }
        return tokenStore.build();
    }

    @Bean
    public ProjectionProgress projectionProgress() {
        return new ProjectionProgress();
    }

    /** How every projection's processor runs: one thread, batches of events, reporting its progress. */
    public static TrackingEventProcessorConfiguration processorConfiguration(ProjectionProperties properties,
                                                                             ProjectionProgress progress) {
        return TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                                  .andBatchSize(properties.batchSize())
                                                  .andEventTrackerStatusChangeListener(progress);
    }

    @Bean
    public ConfigurerModule projectionProcessors(ProjectionProperties properties, ProjectionProgress progress) {
        return configurer -> configurer
                .eventProcessing()
                .usingTrackingEventProcessors()
                .registerTrackingEventProcessorConfiguration(config -> processorConfiguration(properties, progress))
                .registerDefaultHandlerInterceptor((config, processor) -> BatchWrites.writtenAtTheEndOfEachBatch())
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance());
    }

    /**
     * Tokens as JSON. A replay token (held while a new or reset projection catches up) names the class of its inner
     * tokens and of its context, which Jackson 3 refuses to resolve for a field of type Object unless told which
     * classes it may make: Axon's own.
     */
    static Serializer tokenSerializer(RevisionResolver revisionResolver) {
        return Jackson3Serializer.builder()
                                 .revisionResolver(revisionResolver)
                                 .jsonMapperBuilderCustomizer(mapper -> mapper.polymorphicTypeValidator(
                                         BasicPolymorphicTypeValidator.builder()
                                                                      .allowIfSubType("org.axonframework.")
                                                                      .build()))
                                 .build();
    }

    @Bean
    public ProjectionPositions projectionPositions(EventProcessingConfiguration processing, EventStore eventStore,
                                                   MongoDatabase database, RevisionResolver revisionResolver) {
        return new ProjectionPositions(processing, eventStore,
                                       new TokenReader(database.getCollection(TOKEN_COLLECTION),
                                                       tokenSerializer(revisionResolver)));
    }

    @Bean
    public ProjectionRebuilds projectionRebuilds() {
        return new ProjectionRebuilds();
    }

    @Bean
    public ReadYourWrites readYourWrites(ProjectionPositions positions, ProjectionRebuilds rebuilds,
                                         ProjectionProgress progress, EventStore eventStore,
                                         ProjectionProperties properties, ObjectProvider<MeterRegistry> meters) {
        return new ReadYourWrites(positions, rebuilds, progress, eventStore, properties.awaitOnWrite(),
                                  meters.getIfAvailable());
    }

    @Bean
    public ProjectionHealthIndicator projectionHealthIndicator(ProjectionPositions positions, ParkedEvents parked) {
        return new ProjectionHealthIndicator(positions, parked);
    }

    @Bean
    public ProjectionMeters projectionMeters(ProjectionPositions positions, ParkedEvents parked,
                                             MeterRegistry meters) {
        return new ProjectionMeters(positions, parked, meters);
    }
}
