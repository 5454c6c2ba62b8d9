package org.agreementtracker.api.board;

import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.review.Confidence;

import java.time.Instant;

/**
 * The agreement board (API: {@code GET /agreements}); answered with a {@code List<AgreementRow>}
 * ({@code ResponseTypes.multipleInstancesOf(AgreementRow.class)}), or with an {@link AgreementPage} that also gives
 * the number of rows matching the filters ({@code ResponseTypes.instanceOf(AgreementPage.class)}). Every filter is
 * optional; rows come in order of {@code ref}.
 *
 * @param party      a body id that must be among the parties
 * @param confidence the latest review's confidence
 * @param q          free text, matched against ref and title
 * @param asOf       answer as the tracker knew things at this instant; {@code null}: now
 * @param page       which page, counting from 0; {@code null}: the first
 * @param size       rows per page; {@code null}: all rows on one page
 */
public record ListAgreements(String sector,
                             AgreementStatus status,
                             String party,
                             Confidence confidence,
                             String q,
                             Instant asOf,
                             Integer page,
                             Integer size) {

    public ListAgreements(String sector, AgreementStatus status, String party, Confidence confidence, String q,
                          Instant asOf) {
        this(sector, status, party, confidence, q, asOf, null, null);
    }

    public static ListAgreements all() {
        return new ListAgreements(null, null, null, null, null, null);
    }

    /** Whether any filter narrows the rows: a filtered list matches the rows its reader may read, and only those. */
    public boolean filtered() {
        return sector != null || status != null || party != null || confidence != null || q != null;
    }

    /** The same filters, one page of them. */
    public ListAgreements page(int page, int size) {
        return new ListAgreements(sector, status, party, confidence, q, asOf, page, size);
    }
}
