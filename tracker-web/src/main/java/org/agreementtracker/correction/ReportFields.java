package org.agreementtracker.correction;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.milestone.ReportReplacement;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.input.Quantity;
import org.agreementtracker.milestone.ReportRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The fields of a report that a correction may replace, checked as a report's own fields are. */
record ReportFields(LocalDate occurredOn,
                    ReportStatus status,
                    @Min(0) @Max(100) Integer progressPercent,
                    @Quantity BigDecimal indicatorValue,
                    @Size(max = 10_000) String note,
                    List<ReportRequest.@Valid EvidenceRequest> evidence) {

    ReportReplacement toReplacement() {
        List<Evidence> recorded = evidence == null ? null
                : evidence.stream().map(ReportRequest.EvidenceRequest::asRecorded).toList();
        return new ReportReplacement(occurredOn, status, progressPercent, indicatorValue, note, recorded);
    }
}
