package org.agreementtracker.meeting;

/** What {@code POST /meetings} answers: the new meeting's id. */
public record MeetingAnswer(String id) {
}
