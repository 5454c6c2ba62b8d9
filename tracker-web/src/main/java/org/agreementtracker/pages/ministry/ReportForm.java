package org.agreementtracker.pages.ministry;

import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.milestone.ReportRequest;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The report form as the browser posts it: the API's report ({@link ReportRequest}) with one piece of evidence in
 * plain fields. It is checked as the API's request is (see {@link #asRequest()}), so both refuse the same input.
 */
public class ReportForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate occurredOn;
    private ReportStatus status;
    private Integer progressPercent;
    private BigDecimal indicatorValue;
    private String note;
    private String evidenceTitle;
    private String evidenceUrl;
    private String evidenceCategory;

    /**
     * The same report as the API takes it, of its milestone's classification; evidence only when the officer gave
     * some.
     */
    ReportRequest asRequest() {
        boolean evidence = present(evidenceTitle) || present(evidenceUrl) || present(evidenceCategory);
        return new ReportRequest(occurredOn, status, progressPercent, indicatorValue, note,
                                 evidence ? List.of(new ReportRequest.EvidenceRequest(blankToNull(evidenceTitle),
                                                                                     blankToNull(evidenceUrl), null,
                                                                                     blankToNull(evidenceCategory),
                                                                                     null))
                                          : List.of(),
                                 null, null);
    }

    List<Evidence> evidence() {
        return asRequest().evidence().stream().map(e -> new Evidence(e.title(), e.url(), e.sha256(), e.category()))
                          .toList();
    }

    /** The form's field for a property path of {@link ReportRequest} (or of the command the aggregate checks). */
    static String fieldOf(String path) {
        if (path == null) {
            return null;
        }
        if (path.startsWith("evidence")) {
            int dot = path.lastIndexOf('.');
            String leaf = dot < 0 ? "title" : path.substring(dot + 1);
            return "evidence" + Character.toUpperCase(leaf.charAt(0)) + leaf.substring(1);
        }
        return switch (path) {
            case "occurredOn", "status", "progressPercent", "indicatorValue", "note" -> path;
            default -> null;
        };
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String blankToNull(String value) {
        return present(value) ? value.strip() : null;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public void setOccurredOn(LocalDate occurredOn) {
        this.occurredOn = occurredOn;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public void setStatus(ReportStatus status) {
        this.status = status;
    }

    public Integer getProgressPercent() {
        return progressPercent;
    }

    public void setProgressPercent(Integer progressPercent) {
        this.progressPercent = progressPercent;
    }

    public BigDecimal getIndicatorValue() {
        return indicatorValue;
    }

    public void setIndicatorValue(BigDecimal indicatorValue) {
        this.indicatorValue = indicatorValue;
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

    public String getEvidenceCategory() {
        return evidenceCategory;
    }

    public void setEvidenceCategory(String evidenceCategory) {
        this.evidenceCategory = evidenceCategory;
    }
}
