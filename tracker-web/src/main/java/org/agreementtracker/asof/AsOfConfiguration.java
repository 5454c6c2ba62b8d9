package org.agreementtracker.asof;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.body.BodyRegister;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The as-of engine of tracker-query in the application: the checkpoints of the boards, the processor that takes them
 * (processing group {@value CheckpointTaker#PROCESSING_GROUP}), and the reads as of an instant that the board
 * queries hand {@code asOf} to.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AsOfProperties.class)
public class AsOfConfiguration {

    @Bean
    public Checkpoints asOfCheckpoints(MongoDatabase database, AsOfProperties properties) {
        return new Checkpoints(database, properties.agreementsPerChunk());
    }

    @Bean
    public BoardHistory boardHistory(EventStorageEngine events, Checkpoints checkpoints, AsOfProperties properties) {
        return new BoardHistory(events, checkpoints, properties.grace());
    }

    @Bean
    public CheckpointTaker checkpointTaker(BoardHistory history, Checkpoints checkpoints, AsOfProperties properties) {
        return new CheckpointTaker(history, checkpoints, properties.checkpointEvery());
    }

    @Bean
    public AsOfReads asOfReads(BoardHistory history, EventStorageEngine events, BodyRegister bodies, Clock clock) {
        return new AsOfReads(history, events, bodies, clock);
    }
}
