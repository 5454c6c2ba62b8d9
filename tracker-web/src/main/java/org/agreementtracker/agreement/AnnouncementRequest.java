package org.agreementtracker.agreement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** {@code POST /agreements/{id}/announcement}: a commitment (INITIATIVE, JOINT_VENTURE) was announced. */
public record AnnouncementRequest(
        @Schema(description = "Business date of the announcement; today (UTC) when absent") LocalDate announcedOn,
        @Size(max = 10_000) String note) {
}
