package org.agreementtracker.projection;

import org.agreementtracker.asof.CheckpointTaker;
import org.agreementtracker.audit.AuditChainProjection;
import org.agreementtracker.webtest.WebTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.deadletter.DeadLetteringEventHandlerInvoker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every projection parks what it cannot handle, a new one included, without asking the store about each event (the
 * invoker's cache of sequences known not to be parked); the audit chain and the as-of checkpoints never park.
 */
@WebTest
class DeadLetterConfigurationTest {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void everyProjectionButTheChainAndTheCheckpointsParksWithItsCacheOn() throws Exception {
        Map<String, EventProcessor> processors = processing.eventProcessors();
        assertThat(processors).containsKeys(AuditChainProjection.PROCESSING_GROUP, CheckpointTaker.PROCESSING_GROUP,
                                            "agreement-board", "test-projection");

        Field cache = DeadLetteringEventHandlerInvoker.class.getDeclaredField("sequenceIdentifierCacheEnabled");
        cache.setAccessible(true); // Axon offers no getter; without the cache every event costs a count in the store
        for (var processor : processors.entrySet()) {
            List<EventHandlerInvoker> invokers = invokersOf(processor.getValue());
            if (DeadLetterConfiguration.NEVER_PARKED.contains(processor.getKey())) {
                assertThat(invokers).as(processor.getKey())
                                    .noneMatch(DeadLetteringEventHandlerInvoker.class::isInstance);
            } else {
                assertThat(invokers).as(processor.getKey()).isNotEmpty()
                                    .allMatch(DeadLetteringEventHandlerInvoker.class::isInstance);
                for (EventHandlerInvoker invoker : invokers) {
                    assertThat(cache.getBoolean(invoker)).as(processor.getKey() + " caches its sequences").isTrue();
                }
            }
        }
    }

    private static List<EventHandlerInvoker> invokersOf(EventProcessor processor) {
        EventHandlerInvoker invoker = ((AbstractEventProcessor) processor).eventHandlerInvoker();
        return invoker instanceof MultiEventHandlerInvoker multi ? multi.delegates() : List.of(invoker);
    }
}
