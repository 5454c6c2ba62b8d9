package org.agreementtracker.api.meeting;

/**
 * What was recorded after a meeting's moment about business dates on or before the day it was held (API:
 * {@code GET /meetings/{id}/hindsight}); answered with a {@code List<HindsightEntry>}, oldest recording first, or
 * {@code null} when there is no such meeting.
 */
public record FindHindsight(String meetingId) {
}
