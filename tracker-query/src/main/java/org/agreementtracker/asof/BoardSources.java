package org.agreementtracker.asof;

import org.agreementtracker.api.board.AgreementDetail;
import org.agreementtracker.api.board.AgreementPage;
import org.agreementtracker.api.board.AgreementRow;
import org.agreementtracker.api.board.BodyRow;
import org.agreementtracker.api.board.FindAgreement;
import org.agreementtracker.api.board.FindBodiesBoard;
import org.agreementtracker.api.board.FindSummaryBoard;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.board.ListMilestones;
import org.agreementtracker.api.board.MilestonePage;
import org.agreementtracker.api.board.MilestoneRow;
import org.agreementtracker.api.board.SummaryBoard;
import org.agreementtracker.board.AgreementBoardQueries;
import org.agreementtracker.bodies.BodiesBoardQueries;
import org.agreementtracker.detail.AgreementDetailQueries;
import org.agreementtracker.milestones.MilestoneQueries;
import org.agreementtracker.summary.SummaryBoardQueries;
import org.axonframework.queryhandling.QueryHandler;

import java.util.List;

/**
 * The one place that chooses where a board is read from: the live read models in MongoDB, or, when the query names
 * an {@code asOf}, the same rows folded from the events ({@link AsOfReads}). These are the board queries' handlers;
 * the read models' query classes answer live only and know nothing of as-of.
 */
public record BoardSources(Live live, AsOfReads asOf) {

    /** The live read models' queries, one per board. */
    public record Live(AgreementBoardQueries agreements, MilestoneQueries milestones, SummaryBoardQueries summary,
                       BodiesBoardQueries bodies, AgreementDetailQueries details) {
    }

    @QueryHandler
    public AgreementPage agreements(ListAgreements query) {
        return query.asOf() == null ? live.agreements().page(query) : asOf.agreements(query);
    }

    /** The board as the HTTP API answers it: a list of rows. */
    @QueryHandler
    public List<AgreementRow> agreementRows(ListAgreements query) {
        return agreements(query).rows();
    }

    @QueryHandler
    public MilestonePage milestones(ListMilestones query) {
        return query.asOf() == null ? live.milestones().page(query) : asOf.milestones(query);
    }

    @QueryHandler
    public List<MilestoneRow> milestoneRows(ListMilestones query) {
        return milestones(query).rows();
    }

    @QueryHandler
    public SummaryBoard summary(FindSummaryBoard query) {
        return query.asOf() == null ? live.summary().find(query) : asOf.summary(query.asOf());
    }

    @QueryHandler
    public List<BodyRow> bodies(FindBodiesBoard query) {
        return query.asOf() == null ? live.bodies().find(query) : asOf.bodies(query.asOf());
    }

    /** The agreement, or {@code null} when there is none with that id (or none yet at {@code asOf}). */
    @QueryHandler
    public AgreementDetail agreement(FindAgreement query) {
        return query.asOf() == null ? live.details().find(query) : asOf.agreement(query.agreementId(), query.asOf());
    }
}
