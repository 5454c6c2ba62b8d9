package org.agreementtracker.api.meeting;

import org.agreementtracker.api.milestone.Evidence;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** The owner body of a meeting's action item reported on it; DONE closed it. */
@Revision("1")
public record ActionProgressReported(String meetingId,
                                     String actionId,
                                     String reportId,
                                     String body,
                                     LocalDate occurredOn,
                                     ActionReportStatus status,
                                     String note,
                                     List<Evidence> evidence) {

    public ActionProgressReported {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
