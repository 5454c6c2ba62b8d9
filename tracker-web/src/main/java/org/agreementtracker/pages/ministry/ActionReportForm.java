package org.agreementtracker.pages.ministry;

import org.agreementtracker.api.meeting.ActionReportStatus;
import org.agreementtracker.meeting.ActionReportRequest;
import org.agreementtracker.milestone.ReportRequest;

import java.util.List;

/** The form that reports on an action item: the API's {@link ActionReportRequest}, one piece of evidence. */
public class ActionReportForm {

    private ActionReportStatus status;
    private String note;
    private String evidenceTitle;
    private String evidenceUrl;

    ActionReportRequest asRequest() {
        boolean evidence = present(evidenceTitle) || present(evidenceUrl);
        return new ActionReportRequest(null, status, note,
                                       evidence ? List.of(new ReportRequest.EvidenceRequest(
                                               present(evidenceTitle) ? evidenceTitle.strip() : null,
                                               present(evidenceUrl) ? evidenceUrl.strip() : null, null, null, null))
                                                : List.of());
    }

    /** The form's field for a property path of the request (or of the command the meeting checks). */
    static String fieldOf(String path) {
        if (path == null) {
            return null;
        }
        if (path.startsWith("evidence")) {
            return path.endsWith("url") ? "evidenceUrl" : "evidenceTitle";
        }
        return switch (path) {
            case "status", "note" -> path;
            default -> null;
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    public ActionReportStatus getStatus() {
        return status;
    }

    public void setStatus(ActionReportStatus status) {
        this.status = status;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getEvidenceTitle() {
        return evidenceTitle;
    }

    public void setEvidenceTitle(String evidenceTitle) {
        this.evidenceTitle = evidenceTitle;
    }

    public String getEvidenceUrl() {
        return evidenceUrl;
    }

    public void setEvidenceUrl(String evidenceUrl) {
        this.evidenceUrl = evidenceUrl;
    }
}
