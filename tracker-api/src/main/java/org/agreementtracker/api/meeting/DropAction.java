package org.agreementtracker.api.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The committee drops an open action item (API: {@code POST /actions/{id}/drop}), saying why. */
public record DropAction(@TargetAggregateIdentifier String meetingId, String actionId, String reason) {
}
