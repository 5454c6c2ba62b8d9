package org.agreementtracker.api.meeting;

import org.agreementtracker.api.milestone.Evidence;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Reports on an action item of a meeting (API: {@code POST /actions/{id}/reports}): by an officer of the owner body,
 * or by the committee on its behalf. {@code reportId} is chosen by the caller.
 */
public record ReportActionProgress(@TargetAggregateIdentifier String meetingId,
                                   String actionId,
                                   String reportId,
                                   LocalDate occurredOn,
                                   ActionReportStatus status,
                                   String note,
                                   List<Evidence> evidence) {

    public ReportActionProgress {
        evidence = evidence == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(evidence));
    }
}
