package org.agreementtracker.api.milestone;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A recorded report was corrected: the {@link MilestoneProgressReported} event at {@code correctedSequence} of the
 * agreement (position {@code correctedPosition} in the log) is to be read as this report from now on, for
 * {@code reason}. The original stays in the history; everything that counts reports counts this one in its place.
 * The report is given in full as it stands after the correction, and with it the milestone's {@code accounts}: each
 * side's latest reports folded again, in the order recorded, from every report as it now stands (only the aggregate
 * keeps them all, so read models take the accounts from here instead of keeping every report themselves). Who
 * corrected it is in the event's metadata.
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
                                       List<Evidence> evidence,
                                       LatestReports accounts) implements MilestoneEvent {

    public MilestoneReportCorrected {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        accounts = accounts == null ? LatestReports.none() : accounts;
    }

    /** What reconciliation needs of the corrected report. */
    public SideReport toSideReport() {
        return new SideReport(side, occurredOn, status, progressPercent, indicatorValue);
    }
}
