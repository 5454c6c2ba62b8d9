package org.agreementtracker.api.history;

/** Which event is recorded at a position of the log: answered with a {@link RecordedEvent}, or none. */
public record FindRecordedEvent(long position) {
}
