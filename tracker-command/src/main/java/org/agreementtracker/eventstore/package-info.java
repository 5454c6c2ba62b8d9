/**
 * The event store: an Axon {@link org.axonframework.eventsourcing.eventstore.EventStorageEngine} on the plain
 * MongoDB driver.
 * <p>
 * One document per commit (all events of one unit of work), its {@code _id} the global position of its last event,
 * positions handed out by an atomic counter. Every read is an {@code _id} lookup ({@code $in} over a window of
 * positions) or an exact match on a unique index, so nothing scans the collection, on the embedded
 * mongo-java-server as on MongoDB. See {@link org.agreementtracker.eventstore.MongoCommitStorageEngine}.
 */
package org.agreementtracker.eventstore;
