package org.agreementtracker.agreement;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.eventstore.MongoCommitStorageEngine;
import org.agreementtracker.eventstore.TestMongo;
import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;

import java.util.List;

/**
 * One tracker node's command side, wired by hand as the application wires it: the agreement aggregate and its
 * registration on the MongoDB event store, with the clock and the register of bodies as injectable resources.
 * Several nodes on one database behave as several tracker processes would.
 */
final class CommandNode implements AutoCloseable {

    final EmbeddedEventStore eventStore;
    final RefRegistry refs;
    final CommandGateway gateway;

    CommandNode(MongoDatabase database) {
        MongoCommitStorageEngine engine = TestMongo.engineOn(database).build();
        eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        ParameterResolverFactory resolvers = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(Agreement.class),
                new SimpleResourceParameterResolverFactory(List.of(Agreements.CLOCK, Agreements.BODIES,
                                                                      Agreements.SCHEME)));
        EventSourcingRepository<Agreement> repository = EventSourcingRepository.builder(Agreement.class)
                                                                               .eventStore(eventStore)
                                                                               .parameterResolverFactory(resolvers)
                                                                               .build();
        SimpleCommandBus commandBus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<Agreement>builder()
                                         .aggregateType(Agreement.class)
                                         .repository(repository)
                                         .parameterResolverFactory(resolvers)
                                         .build()
                                         .subscribe(commandBus);
        refs = new RefRegistry(database);
        new AnnotationCommandHandlerAdapter<>(new AgreementRegistration(repository, eventStore, refs,
                                                                        Agreements.BODIES, Agreements.SCHEME),
                                              resolvers)
                .subscribe(commandBus);
        gateway = DefaultCommandGateway.builder().commandBus(commandBus).build();
    }

    List<Object> payloadsOf(String agreementId) {
        return eventStore.readEvents(agreementId).asStream().map(event -> (Object) event.getPayload()).toList();
    }

    @Override
    public void close() {
        eventStore.shutDown();
    }
}
