package org.agreementtracker.api.meeting;

/** A meeting's agenda (API: {@code GET /meetings/{id}/agenda}); answered with an {@link Agenda}, or {@code null}. */
public record FindAgenda(String meetingId) {
}
