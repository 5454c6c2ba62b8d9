package org.agreementtracker.audit;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.projection.ProjectionProcessingConfiguration;
import org.agreementtracker.projection.ProjectionProgress;
import org.agreementtracker.projection.ProjectionProperties;
import org.agreementtracker.store.ReadModelDatabase;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit chain in the application: its processor (processing group {@value AuditChainProjection#PROCESSING_GROUP},
 * a tracking processor like every projection's, see the projection package), and what reads it.
 */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    public AuditChainProjection auditChainProjection(ReadModelDatabase readModels) {
        return new AuditChainProjection(readModels.database());
    }

    /**
     * The chain's processor starts at the start of the log as a plain run, not as Axon's default "replay up to the
     * head" (which a processor that disallows replays would skip): on a store that already holds events, its first
     * start chains all of them.
     */
    @Bean
    public ConfigurerModule auditChainProcessor(ProjectionProperties properties, ProjectionProgress progress) {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                AuditChainProjection.PROCESSING_GROUP,
                config -> ProjectionProcessingConfiguration.processorConfiguration(properties, progress)
                                                           .andInitialTrackingToken(
                                                                   StreamableMessageSource::createTailToken));
    }

    @Bean
    public RecordedChain recordedChain(MongoDatabase database) {
        return new RecordedChain(database);
    }

    @Bean
    public AuditChainVerifier auditChainVerifier(MongoDatabase database) {
        return new AuditChainVerifier(database);
    }

    @Bean
    public ChainExport chainExport(MongoDatabase database) {
        return new ChainExport(database);
    }
}
