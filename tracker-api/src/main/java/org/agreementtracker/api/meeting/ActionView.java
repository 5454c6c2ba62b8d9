package org.agreementtracker.api.meeting;

import org.agreementtracker.api.classification.Redactable;
import org.agreementtracker.api.classification.Withheld;
import org.agreementtracker.api.milestone.Evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An action item of a meeting's decision, tracked like a milestone (API: {@code GET /actions}).
 *
 * @param status     OPEN, DONE (its owner reported it done) or DROPPED ("not pursued", with {@code dropReason})
 * @param overdue    open and due before today
 * @param reports    its owner's reports, oldest first
 * @param withheld   {@code null} unless the reader may not read its decision; then nothing but its id is given
 */
public record ActionView(String id,
                         String meetingId,
                         String decisionId,
                         LocalDate decidedOn,
                         String title,
                         String owner,
                         String ownerSide,
                         LocalDate dueOn,
                         ActionStatus status,
                         String dropReason,
                         boolean overdue,
                         List<String> agreementIds,
                         List<Report> reports,
                         Withheld withheld) implements Redactable {

    /** One report of the owner body on the action. */
    public record Report(String reportId, String body, LocalDate occurredOn, ActionReportStatus status, String note,
                         List<Evidence> evidence, Instant recordedAt) {
    }

    public static ActionView withheld(String id, Withheld withheld) {
        return new ActionView(id, null, null, null, null, null, null, null, null, null, false, null, null, withheld);
    }

    /** The latest report, {@code null} before the first. */
    public Report lastReport() {
        return reports == null || reports.isEmpty() ? null : reports.get(reports.size() - 1);
    }

    @Override
    public String withheldId() {
        return id;
    }
}
