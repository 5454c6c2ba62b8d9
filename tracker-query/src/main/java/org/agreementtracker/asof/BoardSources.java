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
import org.agreementtracker.api.classification.Clearance;
import org.agreementtracker.board.AgreementBoardQueries;
import org.agreementtracker.bodies.BodiesBoardQueries;
import org.agreementtracker.classification.Redaction;
import org.agreementtracker.detail.AgreementDetailQueries;
import org.agreementtracker.milestones.MilestoneQueries;
import org.agreementtracker.summary.SummaryBoardQueries;
import org.axonframework.messaging.MetaData;
import org.axonframework.queryhandling.QueryHandler;

import java.util.List;
import java.util.Set;

/**
 * The one place that chooses where a board is read from: the live read models in MongoDB, or, when the query names
 * an {@code asOf}, the same rows folded from the events ({@link AsOfReads}). These are the board queries' handlers;
 * the read models' query classes answer live only and know nothing of as-of.
 * <p>
 * Every answer passes {@link Redaction} for the reader the query's metadata names. A filtered list leaves out, in the
 * query itself, what that reader may not read ({@link Redaction#excluded}), so a filter or a search never tells of a
 * withheld row and pages stay full; unfiltered, every row keeps its place, withheld or not, and the count is the same
 * for every reader.
 */
public record BoardSources(Live live, AsOfReads asOf, Redaction redaction) {

    /** The live read models' queries, one per board. */
    public record Live(AgreementBoardQueries agreements, MilestoneQueries milestones, SummaryBoardQueries summary,
                       BodiesBoardQueries bodies, AgreementDetailQueries details) {
    }

    @QueryHandler
    public AgreementPage agreements(ListAgreements query, MetaData metaData) {
        Clearance reader = redaction.readerOf(metaData);
        if (!query.filtered()) {
            return redaction.agreements(read(query, Set.of()), reader);
        }
        AgreementPage filtered = redaction.agreements(read(query, redaction.excluded(reader).agreements()), reader);
        // a row whose classification is not known yet is withheld; in a filtered list, not even its place is shown
        return new AgreementPage(filtered.rows().stream().filter(row -> row.withheld() == null).toList(),
                                 filtered.total());
    }

    private AgreementPage read(ListAgreements query, Set<String> excluded) {
        return query.asOf() == null ? live.agreements().page(query, excluded) : asOf.agreements(query, excluded);
    }

    /** The board as the HTTP API answers it: a list of rows. */
    @QueryHandler
    public List<AgreementRow> agreementRows(ListAgreements query, MetaData metaData) {
        return agreements(query, metaData).rows();
    }

    @QueryHandler
    public MilestonePage milestones(ListMilestones query, MetaData metaData) {
        Clearance reader = redaction.readerOf(metaData);
        if (!query.filtered()) {
            return redaction.milestones(read(query, Redaction.Exclusions.NONE), reader);
        }
        MilestonePage filtered = redaction.milestones(read(query, redaction.excluded(reader)), reader);
        return new MilestonePage(filtered.rows().stream().filter(row -> row.withheld() == null).toList(),
                                 filtered.total());
    }

    private MilestonePage read(ListMilestones query, Redaction.Exclusions excluded) {
        return query.asOf() == null
                ? live.milestones().page(query, excluded.agreements(), excluded.milestones())
                : asOf.milestones(query, excluded.agreements(), excluded.milestones());
    }

    @QueryHandler
    public List<MilestoneRow> milestoneRows(ListMilestones query, MetaData metaData) {
        return milestones(query, metaData).rows();
    }

    @QueryHandler
    public SummaryBoard summary(FindSummaryBoard query, MetaData metaData) {
        SummaryBoard board = query.asOf() == null ? live.summary().find(query) : asOf.summary(query.asOf());
        return redaction.summary(board, redaction.readerOf(metaData));
    }

    @QueryHandler
    public List<BodyRow> bodies(FindBodiesBoard query, MetaData metaData) {
        List<BodyRow> rows = query.asOf() == null ? live.bodies().find(query) : asOf.bodies(query.asOf());
        return redaction.bodies(rows, redaction.readerOf(metaData));
    }

    /** The agreement, or {@code null} when there is none with that id (or none yet at {@code asOf}). */
    @QueryHandler
    public AgreementDetail agreement(FindAgreement query, MetaData metaData) {
        AgreementDetail detail = query.asOf() == null ? live.details().find(query)
                : asOf.agreement(query.agreementId(), query.asOf());
        return redaction.detail(detail, redaction.readerOf(metaData));
    }
}
