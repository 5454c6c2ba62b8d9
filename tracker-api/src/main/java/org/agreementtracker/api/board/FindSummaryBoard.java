package org.agreementtracker.api.board;

import java.time.Instant;

/** API: {@code GET /boards/summary}; answered with a {@link SummaryBoard}. */
public record FindSummaryBoard(Instant asOf) {
}
