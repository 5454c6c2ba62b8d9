package org.agreementtracker.asof;

/** How the {@code asOf} parameter of the reads is described in the OpenAPI document. */
public final class AsOfParameter {

    public static final String DESCRIPTION = "An instant (ISO-8601, e.g. 2025-06-30T17:00:00Z): answer exactly as the "
            + "tracker knew things then, from the events recorded at or before it; what was recorded later, even about "
            + "earlier dates, is left out. Overdue is judged against the date of that instant (UTC). An instant still "
            + "to come is taken as now. Absent: now, from the live read models.";

    private AsOfParameter() {
    }
}
