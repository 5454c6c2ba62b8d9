package org.agreementtracker.audit;

import com.mongodb.client.MongoDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit chain in the application: its processor (processing group {@value AuditChainProjection#PROCESSING_GROUP},
 * a tracking processor like every projection's, see the projection package), and what reads it.
 */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    public AuditChainProjection auditChainProjection(MongoDatabase database) {
        return new AuditChainProjection(database);
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
