package org.agreementtracker.architecture.planted;

import org.agreementtracker.eventstore.MongoCommitStorageEngine;

/** Planted for ArchitectureTest: the web layer reading the event store itself. Not part of the tracker. */
public class ControllerThatReadsTheEventStore {

    MongoCommitStorageEngine storage;
}
