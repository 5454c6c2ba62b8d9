package org.agreementtracker.api.milestone;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded report was corrected: the {@link MilestoneProgressReported} event at {@code correctedSequence} of the
 * agreement (position {@code correctedPosition} in the log) is to be read as this report from now on, for
 * {@code reason}. The original stays in the history; everything that counts reports counts this one in its place.
 * The report is given in full as it stands after the correction; who corrected it is in the event's metadata.
 */
@Revision("1")
public record MilestoneReportCorrected(String agreementId,
                                       String milestoneId,
                                       String reportId,
                                       long correctedSequence,
                                       Long correctedPosition,
                                       String reason,
                                       String side,
                                       String body,
                                       LocalDate occurredOn,
                                       ReportStatus status,
                                       Integer progressPercent,
                                       BigDecimal indicatorValue,
                                       String note,
                                       List<Evidence> evidence) implements MilestoneEvent {

    public MilestoneReportCorrected {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** What reconciliation needs of the corrected report. */
    public SideReport toSideReport() {
        return new SideReport(side, occurredOn, status, progressPercent, indicatorValue);
    }
}
