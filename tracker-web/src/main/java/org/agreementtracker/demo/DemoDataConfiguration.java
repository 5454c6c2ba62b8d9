package org.agreementtracker.demo;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.body.ReferenceBodies;
import org.agreementtracker.projection.ReadYourWrites;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

/**
 * Demo data ({@link DemoDataLoader}) when {@code tracker.demo-data} is true, which is its default with the embedded
 * store (no {@code tracker.mongo.uri}) and not otherwise: a production database is never filled with examples unless
 * its operator asks.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DemoDataConfiguration.DemoDataWanted.class)
public class DemoDataConfiguration {

    @Bean
    public DemoDataLoader demoDataLoader(JsonMapper json, CommandGateway commands, EventStore eventStore,
                                         BodyRegister bodies, MongoDatabase database,
                                         ReadYourWrites readYourWrites, Clock clock) {
        try (InputStream reference = new ClassPathResource(ReferenceBodies.RESOURCE).getInputStream()) {
            return new DemoDataLoader(ReferenceAgreement.all(json.readTree(reference)), commands, eventStore, bodies,
                                      database.getCollection(DemoDataLoader.MARKER_COLLECTION), readYourWrites,
                                      clock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the reference data " + ReferenceBodies.RESOURCE, e);
        }
    }

    /** {@code tracker.demo-data} if set, else whether the embedded store runs. */
    static final class DemoDataWanted implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Boolean configured = context.getEnvironment().getProperty("tracker.demo-data", Boolean.class);
            return configured != null ? configured
                    : !StringUtils.hasText(context.getEnvironment().getProperty("tracker.mongo.uri"));
        }
    }
}
