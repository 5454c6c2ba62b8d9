package org.agreementtracker.api.board;

import java.util.List;

/**
 * One page of the agreement board ({@link ListAgreements} with {@code page} and {@code size}) and how many rows match
 * its filters in all, for the API's total-count header. A record of its own rather than a generic page: Axon matches
 * a query's response type against a handler's return type by class.
 */
public record AgreementPage(List<AgreementRow> rows, long total) {

    public AgreementPage {
        rows = List.copyOf(rows);
    }
}
