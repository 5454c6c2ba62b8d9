package org.agreementtracker.read;

import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

import java.util.List;
import java.util.concurrent.CompletionException;

/** Asks the read models through Axon's query bus, so every query is timed and routed like any other message. */
public class Reads {

    private final QueryGateway queries;

    Reads(QueryGateway queries) {
        this.queries = queries;
    }

    /** The single answer of type {@code type}, or {@code null} when the read models know nothing. */
    public <R> R one(Object query, Class<R> type) {
        return ask(query, ResponseTypes.instanceOf(type));
    }

    public <R> List<R> list(Object query, Class<R> type) {
        return ask(query, ResponseTypes.multipleInstancesOf(type));
    }

    private <R> R ask(Object query, ResponseType<R> type) {
        try {
            return queries.query(query, type).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
