package org.agreementtracker.agreement;

import org.agreementtracker.audit.RecordedChain;
import org.agreementtracker.problem.ResourceNotFoundException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An agreement's history as recorded: every event of its stream, oldest first, with the audit chain's hash of each.
 * The one way to read it, for the API ({@code GET /agreements/{id}/history}) and for the agreement's page.
 */
@Component
public class AgreementHistory {

    private final EventStore eventStore;
    private final RecordedChain chain;

    public AgreementHistory(EventStore eventStore, RecordedChain chain) {
        this.eventStore = eventStore;
        this.chain = chain;
    }

    /** The agreement's events; 404 when it has none. */
    public List<HistoryEntry> of(String agreementId) {
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(agreementId, 0).asStream().toList();
        if (events.isEmpty()) {
            throw new ResourceNotFoundException("Agreement", agreementId);
        }
        Map<Long, String> hashes = chain.hashesOf(events.stream().map(HistoryEntry::positionOf)
                                                        .filter(Objects::nonNull).toList());
        return events.stream().map(event -> HistoryEntry.of(event, hashes)).toList();
    }
}
