package org.agreementtracker.api.board;

import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.review.Confidence;

import java.time.Instant;

/**
 * The agreement board (API: {@code GET /agreements}); answered with a {@code List<AgreementRow>}
 * ({@code ResponseTypes.multipleInstancesOf(AgreementRow.class)}). Every filter is optional.
 *
 * @param party      a body id that must be among the parties
 * @param confidence the latest review's confidence
 * @param q          free text, matched against ref and title
 * @param asOf       answer as the tracker knew things at this instant; {@code null}: now
 */
public record ListAgreements(String sector,
                             AgreementStatus status,
                             String party,
                             Confidence confidence,
                             String q,
                             Instant asOf) {

    public static ListAgreements all() {
        return new ListAgreements(null, null, null, null, null, null);
    }
}
