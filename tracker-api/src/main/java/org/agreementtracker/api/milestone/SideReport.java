package org.agreementtracker.api.milestone;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** The part of one side's report that reconciliation looks at. */
public record SideReport(String side,
                         LocalDate occurredOn,
                         ReportStatus status,
                         Integer progressPercent,
                         BigDecimal indicatorValue) {

    public SideReport {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(occurredOn, "occurredOn");
        Objects.requireNonNull(status, "status");
    }

    /** True when this report states something no earlier than {@code other} does. */
    boolean supersedes(SideReport other) {
        return other == null || !occurredOn.isBefore(other.occurredOn);
    }
}
