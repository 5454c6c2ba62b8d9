package org.agreementtracker.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** {@code POST /meetings}: a meeting of the committee, held on a date not in the future. */
public record MeetingRequest(
        @Schema(example = "2025-06-30") @NotNull LocalDate heldOn,
        @Schema(example = "Joint Ministerial Commission, 7th session") @NotBlank @Size(max = 300) String title,
        @Schema(example = "[\"Ishaq Dar\", \"Maxim Ryzhenkov\"]") @NotEmpty @Size(max = 200)
        List<@NotBlank @Size(max = 200) String> attendees) {
}
