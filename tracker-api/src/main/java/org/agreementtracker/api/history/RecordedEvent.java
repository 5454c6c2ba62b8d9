package org.agreementtracker.api.history;

/**
 * The event recorded at a position of the log: the aggregate it belongs to, its sequence number there, and its
 * payload type (a class name).
 */
public record RecordedEvent(long position, String aggregateId, long sequence, String type) {

    /** The type without its package, as the history names it. */
    public String simpleType() {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
