package org.agreementtracker.eventstore;

/**
 * One commit holds the same event twice (same identifier, or same aggregate and sequence number); a unique index
 * cannot see this, since it only compares different documents.
 */
class DuplicateEventException extends RuntimeException {

    DuplicateEventException(String message) {
        super(message);
    }
}
