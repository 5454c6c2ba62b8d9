package org.agreementtracker.readmodel;

import org.agreementtracker.api.board.AgreementDetail;
import org.agreementtracker.api.board.AgreementPage;
import org.agreementtracker.api.board.BodyRow;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.board.ListMilestones;
import org.agreementtracker.api.board.MilestonePage;
import org.agreementtracker.api.board.SummaryBoard;

import java.time.Instant;
import java.util.List;

/**
 * The boards as of an instant, folded from the events: what each read model's queries answer from when a query names
 * an {@code asOf}, instead of from their live documents. Implemented by the as-of engine ({@code asof.AsOfReads}),
 * which folds with the read models' own folds; the read models know only this, so that the as-of engine depends on
 * them and never the reverse.
 */
public interface BoardsAsOf {

    AgreementPage agreements(ListAgreements query);

    MilestonePage milestones(ListMilestones query);

    SummaryBoard summary(Instant asOf);

    List<BodyRow> bodies(Instant asOf);

    /** The agreement as it stood at {@code asOf}; {@code null} if it was not registered yet. */
    AgreementDetail agreement(String agreementId, Instant asOf);

    /** {@code asOf}, which must be there to answer a question as of an instant. */
    static BoardsAsOf required(BoardsAsOf asOf) {
        if (asOf == null) {
            throw new IllegalStateException("These queries were made without the as-of engine");
        }
        return asOf;
    }
}
