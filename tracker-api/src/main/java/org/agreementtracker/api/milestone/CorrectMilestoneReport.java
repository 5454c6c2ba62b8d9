package org.agreementtracker.api.milestone;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Corrects a recorded report (API: {@code POST /events/{position}/correction}): nothing recorded is edited; a
 * correcting event names the report's event and why, and carries the report as it should have been.
 *
 * @param correctedSequence the sequence number of the {@link MilestoneProgressReported} event within the agreement
 * @param correctedPosition its position in the whole event log, as the caller named it (for the record)
 * @param replacement       the corrected fields; a field left {@code null} keeps the value it has
 */
public record CorrectMilestoneReport(@TargetAggregateIdentifier String agreementId,
                                     long correctedSequence,
                                     Long correctedPosition,
                                     String reason,
                                     ReportReplacement replacement) {
}
