package org.agreementtracker.api.history;

/** Where an aggregate's event at {@code sequence} is recorded in the log: answered with a {@link RecordedEvent}. */
public record FindEventPosition(String aggregateId, long sequence) {
}
