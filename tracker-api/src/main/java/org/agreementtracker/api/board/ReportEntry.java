package org.agreementtracker.api.board;

import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.milestone.ReportStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One report as recorded: whose account ({@code side}, {@code body}) and who entered it ({@code reportedBy}). */
public record ReportEntry(String reportId,
                          String side,
                          String body,
                          Actor reportedBy,
                          LocalDate occurredOn,
                          Instant recordedAt,
                          ReportStatus status,
                          Integer progressPercent,
                          BigDecimal indicatorValue,
                          String note,
                          List<Evidence> evidence) {
}
