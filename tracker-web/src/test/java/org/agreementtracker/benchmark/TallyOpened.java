package org.agreementtracker.benchmark;

/** The first event of every tally; written by the bulk fill, never by a command. */
public record TallyOpened(String tallyId, String title) {
}
