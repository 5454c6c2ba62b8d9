package org.agreementtracker.operations;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.queryhandling.QueryBus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Meters of the tracker's work: a timer per command and per query type ({@link HandlerTimers}). Projection lag and
 * health are the projection package's; the event store's own meters are {@code tracker.eventstore.*}.
 */
@Configuration(proxyBeanMethods = false)
public class OperationsConfiguration {

    @Bean
    public ConfigurerModule handlerTimers(MeterRegistry meters) {
        HandlerTimers commands = HandlerTimers.commands(meters);
        HandlerTimers queries = HandlerTimers.queries(meters);
        return configurer -> configurer.configureMessageMonitor(CommandBus.class, config -> commands)
                                       .configureMessageMonitor(QueryBus.class, config -> queries);
    }
}
