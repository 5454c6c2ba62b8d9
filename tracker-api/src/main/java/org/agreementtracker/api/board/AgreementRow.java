package org.agreementtracker.api.board;

import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.Redactable;
import org.agreementtracker.api.classification.Withheld;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A row of the agreement board, with exactly the fields of docs/http-api.md.
 *
 * @param signedOn        {@code null} until signed (and for announced commitments)
 * @param progressPercent the weighted progress of its live milestones
 *                        ({@link org.agreementtracker.api.milestone.Reconciliation#weightedProgress}), {@code null}
 *                        when it has none
 * @param latestReview    {@code null} until reviewed; the review with the latest {@code reviewedOn}
 * @param lastActivityAt  when the tracker recorded the agreement's latest event
 * @param parties         the parties' body ids, in the order registered (an addition to the contract's fields, for
 *                        the board page's party column)
 * @param classification  its classification, for a reader who may read it
 * @param withheld        {@code null} unless the reader may not read it; then nothing but {@code id} is given
 */
public record AgreementRow(String id,
                           String ref,
                           String title,
                           AgreementKind kind,
                           List<String> sectors,
                           AgreementStatus status,
                           LocalDate signedOn,
                           MilestoneCounts milestones,
                           BigDecimal progressPercent,
                           ReviewSummary latestReview,
                           Instant lastActivityAt,
                           List<String> parties,
                           Classification classification,
                           Withheld withheld) implements Redactable {

    /** The row in place of one the reader may not read. */
    public static AgreementRow withheld(String id, Withheld withheld) {
        return new AgreementRow(id, null, null, null, null, null, null, null, null, null, null, null, null, withheld);
    }

    public AgreementRow classified(Classification classification) {
        return new AgreementRow(id, ref, title, kind, sectors, status, signedOn, milestones, progressPercent,
                                latestReview, lastActivityAt, parties, classification, null);
    }

    @Override
    public String withheldId() {
        return id;
    }
}
