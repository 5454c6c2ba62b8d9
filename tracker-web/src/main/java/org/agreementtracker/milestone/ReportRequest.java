package org.agreementtracker.milestone;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.classification.ClassificationRequest;
import org.agreementtracker.input.Quantity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /agreements/{id}/milestones/{mid}/reports}: one body's account of a milestone. The side and body are
 * the ministry officer's own; a committee member enters a report on behalf of the owner, or of the party body named
 * in {@code onBehalfOf}.
 */
public record ReportRequest(
        @Schema(description = "Business date the report speaks of; today (UTC) when absent") LocalDate occurredOn,
        @NotNull ReportStatus status,
        @Min(0) @Max(100) Integer progressPercent,
        @Schema(description = "The milestone's indicator value on occurredOn; " + Quantity.RANGE)
        @Quantity BigDecimal indicatorValue,
        @NotBlank @Size(max = 10_000) String note,
        List<@Valid EvidenceRequest> evidence,
        @Schema(description = "COMMITTEE only: the body whose account this is (the owner when absent)")
        @Size(max = 100) String onBehalfOf,
        @Schema(description = "Raises the milestone's classification for this report's note, evidence and who "
                + "reported it; absent: the milestone's")
        @Valid ClassificationRequest classification) {

    /** A document backing the report. */
    public record EvidenceRequest(@NotBlank @Size(max = 500) String title,
                                  @Schema(description = "http or https") @Size(max = 2000) String url,
                                  @Schema(description = "SHA-256 of the document, 64 hex digits")
                                  @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be 64 hexadecimal digits")
                                  String sha256,
                                  @Schema(example = "minutes") @Size(max = 100) String category,
                                  @Schema(description = "Raises the report's classification for this item; absent: "
                                          + "the report's")
                                  @Valid ClassificationRequest classification) {

        public Evidence asRecorded() {
            return new Evidence(title, url, sha256, category, ClassificationRequest.toClassification(classification));
        }
    }

    List<Evidence> evidenceAsRecorded() {
        return evidence == null ? List.of() : evidence.stream().map(EvidenceRequest::asRecorded).toList();
    }
}
