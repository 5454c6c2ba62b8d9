package org.agreementtracker.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** {@code POST /meetings/{id}/held}: a planned meeting was held, by those who attended. */
public record HeldRequest(
        @Schema(description = "The day it was held, not in the future; the day it was planned for when absent")
        LocalDate heldOn,
        @Schema(example = "[\"Ishaq Dar\", \"Maxim Ryzhenkov\"]") @NotEmpty @Size(max = 200)
        List<@NotBlank @Size(max = 200) String> attendees) {
}
