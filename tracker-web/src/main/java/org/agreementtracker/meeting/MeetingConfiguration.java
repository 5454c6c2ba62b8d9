package org.agreementtracker.meeting;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.asof.BoardSources;
import org.agreementtracker.asof.Checkpoints;
import org.agreementtracker.classification.Redaction;
import org.agreementtracker.store.ReadModelDatabase;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Meetings in the application: the {@link Meeting} aggregate (tracker-command knows nothing of Spring, so it is
 * registered here), its read model (processing group {@value MeetingsProjection#PROCESSING_GROUP}) and queries.
 */
@Configuration(proxyBeanMethods = false)
public class MeetingConfiguration {

    @Bean
    public ConfigurerModule meetingAggregate() {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(Meeting.class));
    }

    @Bean
    public MeetingsProjection meetingsProjection(ReadModelDatabase readModels) {
        return new MeetingsProjection(readModels.database());
    }

    @Bean
    public MeetingQueries meetingQueries(MongoDatabase database, Redaction redaction, Clock clock) {
        return new MeetingQueries(database, redaction, clock);
    }

    @Bean
    public AgendaDrafts agendaDrafts(MeetingQueries meetings, BoardSources boards, Redaction redaction, Clock clock) {
        return new AgendaDrafts(meetings, boards, redaction, clock);
    }

    @Bean
    public Hindsight hindsight(MeetingQueries meetings, EventStorageEngine events, Checkpoints checkpoints,
                               MongoDatabase database, Redaction redaction) {
        return new Hindsight(meetings, events, checkpoints, database, redaction);
    }
}
