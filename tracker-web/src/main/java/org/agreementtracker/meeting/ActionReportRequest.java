package org.agreementtracker.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.agreementtracker.api.meeting.ActionReportStatus;
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.milestone.ReportRequest.EvidenceRequest;

import java.time.LocalDate;
import java.util.List;

/** {@code POST /actions/{id}/reports}: the owner body's account of an action item; DONE closes it. */
public record ActionReportRequest(
        @Schema(description = "Business date the report speaks of; today (UTC) when absent") LocalDate occurredOn,
        @NotNull ActionReportStatus status,
        @NotBlank @Size(max = 4000) String note,
        @Size(max = 50) List<@Valid @NotNull EvidenceRequest> evidence) {

    List<Evidence> evidenceAsRecorded() {
        return evidence == null ? List.of() : evidence.stream().map(EvidenceRequest::asRecorded).toList();
    }
}
