package org.agreementtracker.agreement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** {@code POST /agreements/{id}/suspension}, {@code /resumption}, {@code /termination}, {@code /completion}. */
public record LifecycleStepRequest(
        @Schema(description = "Business date it took effect; today (UTC) when absent") LocalDate effectiveOn,
        @NotBlank @Size(max = 10_000) String reason) {
}
