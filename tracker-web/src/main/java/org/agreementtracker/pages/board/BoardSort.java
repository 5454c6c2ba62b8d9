package org.agreementtracker.pages.board;

import org.agreementtracker.api.board.AgreementRow;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsLast;

/**
 * The orders the board offers. REF is the read model's own order, so it pages in the store; the others sort the rows
 * that match the filters in the web tier (the board query has no order of its own to ask for).
 */
public enum BoardSort {
    REF(comparing(AgreementRow::ref)),
    TITLE(comparing(AgreementRow::title, String.CASE_INSENSITIVE_ORDER)),
    STATUS(comparing(AgreementRow::status)),
    PROGRESS(comparing(AgreementRow::progressPercent, nullsLast(Comparator.<BigDecimal>naturalOrder()))),
    OVERDUE(comparing((AgreementRow row) -> row.milestones().overdue())),
    NEXT_DUE(comparing((AgreementRow row) -> row.milestones().nextDueOn(),
                       nullsLast(Comparator.<LocalDate>naturalOrder()))),
    CONFIDENCE(comparing((AgreementRow row) -> row.latestReview() == null ? null : row.latestReview().confidence(),
                         nullsLast(naturalOrder()))),
    LAST_ACTIVITY(comparing(AgreementRow::lastActivityAt, nullsLast(Comparator.<Instant>naturalOrder())));

    private final Comparator<AgreementRow> order;

    BoardSort(Comparator<AgreementRow> order) {
        this.order = order;
    }

    /**
     * This order, then the ref, so that equal rows keep a stable place between pages. Rows withheld from the viewer
     * come last, by id: where they stood in an order of their titles or statuses would tell of what is withheld.
     */
    Comparator<AgreementRow> comparator(boolean descending) {
        Comparator<AgreementRow> primary = descending ? order.reversed() : order;
        Comparator<AgreementRow> readable = primary.thenComparing(AgreementRow::ref);
        return (a, b) -> {
            if (a.withheld() != null || b.withheld() != null) {
                return a.withheld() == null ? -1 : b.withheld() == null ? 1 : a.id().compareTo(b.id());
            }
            return readable.compare(a, b);
        };
    }
}
