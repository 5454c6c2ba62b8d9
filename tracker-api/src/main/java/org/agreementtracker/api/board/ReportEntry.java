package org.agreementtracker.api.board;

import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.classification.Redactable;
import org.agreementtracker.api.classification.Withheld;
import org.agreementtracker.api.milestone.ReportStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One report as recorded: whose account ({@code side}, {@code body}) and who entered it ({@code reportedBy}). A
 * corrected report shows its values after the correction, and {@code correction} says why; {@code null} otherwise.
 */
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
                          List<EvidenceEntry> evidence,
                          CorrectionNote correction,
                          Withheld withheld) implements Redactable {

    public ReportEntry(String reportId, String side, String body, Actor reportedBy, LocalDate occurredOn,
                       Instant recordedAt, ReportStatus status, Integer progressPercent, BigDecimal indicatorValue,
                       String note, List<EvidenceEntry> evidence, CorrectionNote correction) {
        this(reportId, side, body, reportedBy, occurredOn, recordedAt, status, progressPercent, indicatorValue, note,
             evidence, correction, null);
    }

    /** The report in place of one on an item the reader may not read. */
    public static ReportEntry withheld(String reportId, Withheld withheld) {
        return new ReportEntry(reportId, null, null, null, null, null, null, null, null, null, null, null, withheld);
    }

    @Override
    public String withheldId() {
        return reportId;
    }

    /** The same report with its evidence as the reader may see it. */
    public ReportEntry withEvidence(List<EvidenceEntry> evidence) {
        return new ReportEntry(reportId, side, body, reportedBy, occurredOn, recordedAt, status, progressPercent,
                               indicatorValue, note, evidence, correction, withheld);
    }

    /** A report never corrected. */
    public ReportEntry(String reportId, String side, String body, Actor reportedBy, LocalDate occurredOn,
                       Instant recordedAt, ReportStatus status, Integer progressPercent, BigDecimal indicatorValue,
                       String note, List<EvidenceEntry> evidence) {
        this(reportId, side, body, reportedBy, occurredOn, recordedAt, status, progressPercent, indicatorValue, note,
             evidence, null);
    }
}
