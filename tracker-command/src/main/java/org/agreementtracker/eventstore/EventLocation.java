package org.agreementtracker.eventstore;

/**
 * Where an event recorded at a global position belongs: its aggregate (absent for events of no aggregate) and its
 * sequence number there, and its payload type as stored (a class name).
 */
public record EventLocation(long position, String aggregateId, long sequence, String payloadType) {

    /** The payload type without its package, as the history names it. */
    public String simpleType() {
        return payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }
}
