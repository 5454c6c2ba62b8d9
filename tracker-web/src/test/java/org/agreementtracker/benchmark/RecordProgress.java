package org.agreementtracker.benchmark;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The benchmark's command: one report on one tally, one event. */
public record RecordProgress(@TargetAggregateIdentifier String tallyId, String note) {
}
