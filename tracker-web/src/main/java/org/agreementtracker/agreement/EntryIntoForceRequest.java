package org.agreementtracker.agreement;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

/** {@code POST /agreements/{id}/entry-into-force}. */
public record EntryIntoForceRequest(
        @Schema(description = "Business date it took effect; today (UTC) when absent") LocalDate effectiveOn) {
}
