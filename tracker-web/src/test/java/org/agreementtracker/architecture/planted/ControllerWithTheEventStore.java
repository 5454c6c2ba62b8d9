package org.agreementtracker.architecture.planted;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.RestController;

/** Planted for ArchitectureTest: a controller reading Axon's event store instead of asking the query side. */
@RestController
public class ControllerWithTheEventStore {

    EventStore events;
}
