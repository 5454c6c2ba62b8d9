package org.agreementtracker.correction;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /events/{position}/correction}: why, and the corrected fields. Which fields may be given depends on the
 * event corrected: a report's ({@link ReportFields}) or a review's ({@link ReviewFields}); a field left out keeps its
 * value.
 */
public record CorrectionRequest(
        @Schema(example = "The ministry's letter of 2 June said achieved; entered as in progress by mistake")
        @NotBlank @Size(max = 2_000) String reason,
        @Schema(description = "The corrected fields: for a MilestoneProgressReported any of occurredOn, status, "
                + "progressPercent, indicatorValue, note, evidence; for a ReviewRecorded any of score, confidence, "
                + "findings", example = "{\"status\": \"ACHIEVED\", \"progressPercent\": 100}",
                implementation = Object.class)
        @NotNull JsonNode replacement) {
}
