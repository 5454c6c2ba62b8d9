package org.agreementtracker.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.agreementtracker.api.meeting.MeetingStatus;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /meetings}: a meeting of the committee, held on a date not in the future, or planned for a date that
 * may lie ahead.
 */
public record MeetingRequest(
        @Schema(description = "The day it was held; for a PLANNED meeting, the day it is planned for",
                example = "2025-06-30") @NotNull LocalDate heldOn,
        @Schema(example = "Joint Ministerial Commission, 7th session") @NotBlank @Size(max = 300) String title,
        @Schema(description = "Who attended, at least one; for a PLANNED meeting, who is invited (may be empty)",
                example = "[\"Ishaq Dar\", \"Maxim Ryzhenkov\"]") @Size(max = 200)
        List<@NotBlank @Size(max = 200) String> attendees,
        @Schema(description = "HELD when absent") MeetingStatus status) {
}
