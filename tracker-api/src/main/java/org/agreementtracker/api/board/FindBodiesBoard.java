package org.agreementtracker.api.board;

import java.time.Instant;

/** API: {@code GET /boards/bodies}; answered with a {@code List<BodyRow>}, one per body of the register. */
public record FindBodiesBoard(Instant asOf) {
}
