package org.agreementtracker.api.board;

import java.time.Instant;

/**
 * One agreement in full (API: {@code GET /agreements/{id}}); answered with an {@link AgreementDetail}, or
 * {@code null} when there is no such agreement (at {@code asOf}).
 */
public record FindAgreement(String agreementId, Instant asOf) {

    public FindAgreement(String agreementId) {
        this(agreementId, null);
    }
}
