package org.agreementtracker.benchmark;

import java.time.LocalDate;

/**
 * A progress report on a tally, sized like a tracker report (a note of a few hundred characters, a business date),
 * so that bytes per event mean something.
 */
public record ProgressRecorded(String tallyId, long reportNumber, LocalDate occurredOn, String note) {
}
