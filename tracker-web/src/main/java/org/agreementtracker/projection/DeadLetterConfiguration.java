package org.agreementtracker.projection;

import org.agreementtracker.asof.CheckpointTaker;
import org.agreementtracker.audit.AuditChainProjection;
import org.agreementtracker.store.ReadModelDatabase;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.deadletter.MongoSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/**
 * An event a projection cannot handle (a payload it cannot read, a fold that refuses it) is parked in that
 * projection's dead-letter queue, Axon's sequenced one stored in MongoDB (collection {@value #COLLECTION}), together
 * with every later event of the same agreement, so that the read model never takes an agreement's events out of
 * order; the projection goes on with the other agreements, and writes no longer wait on it for them. Health turns
 * OUT_OF_SERVICE and names the parked events; an administrator lists, retries and evicts them
 * ({@code /api/v1/admin/dead-letters}). Store failures park nothing ({@link ParkPoisonEvents}).
 * <p>
 * Every projection parks but the audit chain and the as-of checkpoints ({@link #NEVER_PARKED}): they read no
 * payload, and the chain must take every event in order or stop.
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    public static final String COLLECTION = "dead_letters";

    /** The projections that never park: they read no payload, and the chain must take every event in order. */
    static final Set<String> NEVER_PARKED = Set.of(AuditChainProjection.PROCESSING_GROUP,
                                                   CheckpointTaker.PROCESSING_GROUP);

    @Bean
    BatchGates batchGates() {
        return new BatchGates();
    }

    @Bean
    public ConfigurerModule deadLetterQueues(ReadModelDatabase readModels, BatchGates gates) {
        MongoTemplate template = DefaultMongoTemplate.builder()
                                                     .mongoDatabase(readModels.database())
                                                     .deadLetterCollectionName(COLLECTION)
                                                     .build();
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            processing.registerDeadLetterQueueProvider(group -> {
                          if (NEVER_PARKED.contains(group)) {
                              return null;
                          }
                          // asked once per processor as it is built, before its invoker: the cache answers "not
                          // parked" for most agreements without asking the store, event after event
                          processing.registerDeadLetteringEventHandlerInvokerConfiguration(
                                  group, (config, invoker) -> invoker.enableSequenceIdentifierCache()
                                                                     .allowReset(true));
                          return config -> queue(group, template, config.eventSerializer());
                      })
                      .registerDefaultDeadLetterPolicy(config -> new ParkPoisonEvents())
                      .registerDefaultHandlerInterceptor((config, processor) -> gates.heldDuringEachBatch(processor));
        };
    }

    private static SequencedDeadLetterQueue<EventMessage<?>> queue(
            String group, MongoTemplate template, org.axonframework.serialization.Serializer serializer) {
        return new BatchedDeadLetterQueue(MongoSequencedDeadLetterQueue.builder()
                                                                       .processingGroup(group)
                                                                       .mongoTemplate(template)
                                                                       .serializer(serializer)
                                                                       .build());
    }

    @Bean
    public ParkedEvents parkedEvents(EventProcessingConfiguration processing, ProjectionPositions positions,
                                     BatchGates gates) {
        return new ParkedEvents(processing, positions, gates);
    }
}
