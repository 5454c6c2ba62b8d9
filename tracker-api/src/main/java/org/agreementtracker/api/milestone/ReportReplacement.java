package org.agreementtracker.api.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The fields of a report a correction may replace; {@code null} means "as it is". Whose account the report is (side,
 * body) and who entered it stay: a report given on the wrong account is a different report, not a mistake in this one.
 */
public record ReportReplacement(LocalDate occurredOn,
                                ReportStatus status,
                                Integer progressPercent,
                                BigDecimal indicatorValue,
                                String note,
                                List<Evidence> evidence) {

    public ReportReplacement {
        evidence = evidence == null ? null : List.copyOf(evidence);
    }

    public boolean isEmpty() {
        return occurredOn == null && status == null && progressPercent == null && indicatorValue == null
                && note == null && evidence == null;
    }
}
