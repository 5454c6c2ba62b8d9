package org.agreementtracker.api.meeting;

import org.axonframework.serialization.Revision;

/** The parties no longer pursue an action item; it stays on record as "not pursued", with the reason. */
@Revision("1")
public record ActionDropped(String meetingId, String actionId, String reason) {
}
