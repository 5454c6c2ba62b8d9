package org.agreementtracker.pages.board;

import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.pages.AsOf;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The board's filters and order as the page's form sends them; every one optional. The filters are those of the
 * API's board ({@link ListAgreements}).
 */
public record BoardFilter(String sector, AgreementStatus status, Confidence confidence, String party, String q,
                          BoardSort sort, Boolean desc, Integer size) {

    /** Rows per page: as asked, within 1 and {@code max}; {@code standard} when not asked. */
    int pageSize(int standard, int max) {
        return size == null ? standard : Math.max(1, Math.min(max, size));
    }

    public BoardSort order() {
        return sort == null ? BoardSort.REF : sort;
    }

    public boolean descending() {
        return Boolean.TRUE.equals(desc);
    }

    /** Whether the store can page these rows itself: in its own order, the ref, ascending. */
    boolean pagedByStore() {
        return order() == BoardSort.REF && !descending();
    }

    ListAgreements query() {
        return new ListAgreements(blankToNull(sector), status, blankToNull(party), confidence, blankToNull(q),
                                  AsOf.now());
    }

    public boolean any() {
        return query().sector() != null || status != null || confidence != null || query().party() != null
                || query().q() != null;
    }

    /** A link to {@code path} with these filters and order, and {@code page} when not the first. */
    public String link(String path, int page) {
        return link(path, order(), descending(), page);
    }

    /** A link to the board sorted by {@code by}: the other direction when it is sorted by that already. */
    public String sortLink(BoardSort by) {
        boolean descending = by == order() && !descending();
        return link("/board", by, descending, 0);
    }

    private String link(String path, BoardSort by, boolean descending, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        param(uri, "sector", blankToNull(sector));
        param(uri, "status", status);
        param(uri, "confidence", confidence);
        param(uri, "party", blankToNull(party));
        param(uri, "q", blankToNull(q));
        if (by != BoardSort.REF) {
            uri.queryParam("sort", by);
        }
        if (descending) {
            uri.queryParam("desc", true);
        }
        if (size != null) {
            uri.queryParam("size", size);
        }
        if (page > 0) {
            uri.queryParam("page", page);
        }
        param(uri, AsOf.PARAMETER, AsOf.now());
        return uri.encode().build().toUriString();
    }

    private static void param(UriComponentsBuilder uri, String name, Object value) {
        if (value != null) {
            uri.queryParam(name, value);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
