package org.agreementtracker.read;

import org.agreementtracker.api.classification.ClassificationScheme;
import org.agreementtracker.api.classification.Clearance;
import org.agreementtracker.security.TrackerUser;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.List;
import java.util.concurrent.CompletionException;

/**
 * Asks the read models through Axon's query bus, so every query is timed and routed like any other message; every
 * query carries the clearance of the user logged in on this thread (the public's when nobody is), and the read side
 * answers with what that clearance allows and the rest withheld.
 */
public class Reads {

    private final QueryGateway queries;
    private final ClassificationScheme scheme;

    Reads(QueryGateway queries, ClassificationScheme scheme) {
        this.queries = queries;
        this.scheme = scheme;
    }

    /** The single answer of type {@code type}, or {@code null} when the read models know nothing. */
    public <R> R one(Object query, Class<R> type) {
        return ask(query, ResponseTypes.instanceOf(type), reader());
    }

    public <R> List<R> list(Object query, Class<R> type) {
        return ask(query, ResponseTypes.multipleInstancesOf(type), reader());
    }

    /** The single answer as the public may read it, whoever is logged in: for the public portal. */
    public <R> R publicly(Object query, Class<R> type) {
        return ask(query, ResponseTypes.instanceOf(type), scheme.anonymous());
    }

    private Clearance reader() {
        return TrackerUser.of(SecurityContextHolder.getContext().getAuthentication())
                          .map(TrackerUser::clearance)
                          .orElseGet(scheme::anonymous);
    }

    private <R> R ask(Object query, ResponseType<R> type, Clearance reader) {
        try {
            return queries.query(GenericMessage.asMessage(query).andMetaData(reader.toMetadata()), type).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
