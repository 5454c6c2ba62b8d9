package org.agreementtracker.agreement;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.actor.MetadataKeys;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.api.classification.ClassificationScheme;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.MultiCorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;

/**
 * The command side in the application: the {@link Agreement} aggregate on Axon's event store (snapshotted every
 * {@code tracker.snapshot-threshold} events), its registration through the {@link RefRegistry}, and what command
 * handlers are given: the UTC clock and the register of bodies (Axon resolves handler parameters from these beans).
 */
@Configuration(proxyBeanMethods = false)
public class AgreementConfiguration {

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    public RefRegistry refRegistry(MongoDatabase database, Clock clock) {
        return new RefRegistry(database, clock);
    }

    /**
     * Events inherit their command's actor, business date, idempotency key and correlation id. Axon's origin
     * provider comes first and the propagating one last, so a correlation id the request brought wins over the
     * command's own message id (see {@link MetadataKeys}).
     */
    @Bean
    public CorrelationDataProvider trackerCorrelationData() {
        return new MultiCorrelationDataProvider<>(List.of(new MessageOriginProvider(),
                                                          new SimpleCorrelationDataProvider(MetadataKeys.PROPAGATED)));
    }

    /**
     * How an agreement is made before its events are applied. A bean, because Axon's snapshotter looks for factories
     * among the beans (it knows {@code @Aggregate} classes only); built on the application's parameter resolvers, so
     * that its handlers are given the clock and the register of bodies.
     */
    @Bean
    public AggregateFactory<Agreement> agreementFactory(ParameterResolverFactory parameterResolvers,
                                                        HandlerDefinition handlers) {
        return new GenericAggregateFactory<>(
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Agreement.class, parameterResolvers, handlers));
    }

    /**
     * tracker-command knows nothing of Spring, so the aggregate is registered here rather than by {@code @Aggregate};
     * registration is a command handler of its own, as it consults the ref registry before creating an agreement.
     */
    @Bean
    public ConfigurerModule agreementAggregate(AggregateFactory<Agreement> agreementFactory, RefRegistry refs,
                                               BodyRegister bodies, ClassificationScheme scheme,
                                               @Value("${tracker.snapshot-threshold:100}") int snapshotThreshold) {
        return configurer -> {
            configurer.configureAggregate(
                    AggregateConfigurer.defaultConfiguration(Agreement.class)
                                       .configureAggregateFactory(config -> agreementFactory)
                                       .configureSnapshotTrigger(config -> new EventCountSnapshotTriggerDefinition(
                                               config.snapshotter(), snapshotThreshold)));
            configurer.registerCommandHandler(config -> new AgreementRegistration(
                    config.repository(Agreement.class), config.eventStore(), refs, bodies, scheme));
        };
    }
}
