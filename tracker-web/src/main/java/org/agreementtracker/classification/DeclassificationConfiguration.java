package org.agreementtracker.classification;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.projection.ReadYourWrites;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The agreements' current classifications, as the read side keeps them, and the clock that declassifies them. */
@Configuration(proxyBeanMethods = false)
public class DeclassificationConfiguration {

    @Bean
    public Classifications classifications(MongoDatabase database) {
        return new Classifications(database);
    }

    @Bean
    public DeclassificationClock declassificationClock(Classifications classifications, CommandGateway commands,
                                                       ReadYourWrites readYourWrites, Clock clock,
                                                       ClassificationProperties properties) {
        return new DeclassificationClock(classifications, commands, readYourWrites, clock, properties.checkEvery());
    }
}
