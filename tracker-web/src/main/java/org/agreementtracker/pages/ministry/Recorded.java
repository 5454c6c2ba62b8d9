package org.agreementtracker.pages.ministry;

import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.milestone.ReportStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What a report recorded, shown back to the officer once (a flash attribute) after the write. */
public record Recorded(String agreementId, String agreementRef, String milestoneTitle, LocalDate occurredOn,
                       ReportStatus status, Integer progressPercent, BigDecimal indicatorValue, String unit,
                       String note, List<String> evidence) implements Serializable {

    static List<String> titles(List<Evidence> evidence) {
        return evidence.stream().map(e -> e.url() == null ? e.title() : e.title() + " (" + e.url() + ")").toList();
    }
}
