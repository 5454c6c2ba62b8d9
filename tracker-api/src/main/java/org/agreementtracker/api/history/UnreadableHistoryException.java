package org.agreementtracker.api.history;

/**
 * An aggregate (an agreement, a meeting) could not be loaded: one of its recorded events cannot be applied to it (a
 * payload that no longer reads, a value its rules cannot take). Nothing is recorded while it stands; the aggregate's
 * reads still answer from the read models, whose projections have parked the same event.
 */
public class UnreadableHistoryException extends RuntimeException {

    private final String aggregateId;
    private final long sequence;
    private final String eventType;

    public UnreadableHistoryException(String aggregateId, long sequence, String eventType, Throwable cause) {
        super(aggregateId + " cannot be loaded: its event " + sequence + " (" + eventType + ") cannot be applied: "
                      + cause, cause);
        this.aggregateId = aggregateId;
        this.sequence = sequence;
        this.eventType = eventType;
    }

    public String aggregateId() {
        return aggregateId;
    }

    /** The sequence number of the event, within its aggregate. */
    public long sequence() {
        return sequence;
    }

    public String eventType() {
        return eventType;
    }
}
