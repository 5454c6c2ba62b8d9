package org.agreementtracker.board;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Facet;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.board.AgreementPage;
import org.agreementtracker.api.board.AgreementRow;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.board.ReviewSummary;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.milestone.Reconciliation;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;
import org.agreementtracker.readmodel.MilestoneAccount;
import org.agreementtracker.readmodel.MilestoneTally;
import org.agreementtracker.readmodel.Paging;
import org.agreementtracker.readmodel.Values;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.agreementtracker.readmodel.Values.date;
import static org.agreementtracker.readmodel.Values.enumOf;

/**
 * Answers {@link ListAgreements} from {@value AgreementBoardProjection#COLLECTION}: the filters, the page and the
 * total in one aggregation, so the embedded store scans the collection once; rows in the collection's key order,
 * which is that of the refs. Overdue counts and the next due date are judged against today by {@code clock}.
 */
public class AgreementBoardQueries {

    private final MongoCollection<Document> board;
    private final Clock clock;

    public AgreementBoardQueries(MongoDatabase database, Clock clock) {
        this.board = database.getCollection(AgreementBoardProjection.COLLECTION);
        this.clock = clock;
    }

    /** The board as API.md answers it: a list of rows. */
    @QueryHandler
    public List<AgreementRow> list(ListAgreements query) {
        return page(query).rows();
    }

    /** The same rows with the number of all rows the filters match, for the API's total-count header. */
    @QueryHandler
    public AgreementPage page(ListAgreements query) {
        Paging paging = Paging.of(query.page(), query.size());
        Document result = board.aggregate(List.of(
                Aggregates.match(filter(query)),
                Aggregates.facet(new Facet("rows", paging.stages(Sorts.ascending("_id"))),
                                 new Facet("total", Aggregates.count("n"))))).first();
        LocalDate today = LocalDate.now(clock);
        List<AgreementRow> rows = new ArrayList<>();
        for (Document row : Values.documents(result, "rows")) {
            rows.add(row(row, today));
        }
        return new AgreementPage(rows, Paging.total(result, "total", "n"));
    }

    static Bson filter(ListAgreements query) {
        List<Bson> filters = new ArrayList<>();
        if (query.sector() != null) {
            filters.add(Filters.eq("sectors", query.sector()));
        }
        if (query.status() != null) {
            filters.add(Filters.eq("status", query.status().name()));
        }
        if (query.party() != null) {
            filters.add(Filters.eq("parties", query.party()));
        }
        if (query.confidence() != null) {
            filters.add(Filters.eq("latestReview.confidence", query.confidence().name()));
        }
        if (query.q() != null && !query.q().isBlank()) {
            String text = Paging.literal(query.q().strip());
            filters.add(Filters.or(Filters.regex("ref", text, "i"), Filters.regex("title", text, "i")));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }

    static AgreementRow row(Document row, LocalDate today) {
        MilestoneTally tally = new MilestoneTally(today);
        List<Reconciliation.WeightedProgress> progress = new ArrayList<>();
        for (Document milestone : Values.documents(row, "milestones")) {
            MilestoneStatus status = MilestoneAccount.status(milestone);
            tally.add(status, date(milestone.get("dueOn")));
            if (status != MilestoneStatus.CANCELLED) {
                progress.add(new Reconciliation.WeightedProgress(milestone.getInteger("weight"),
                                                                 MilestoneAccount.progress(milestone)));
            }
        }
        Document review = row.get("latestReview", Document.class);
        return new AgreementRow(row.getString(AgreementBoardProjection.AGREEMENT_ID),
                                row.getString("ref"),
                                row.getString("title"),
                                enumOf(AgreementKind.class, row.get("kind")),
                                Values.strings(row, "sectors"),
                                enumOf(AgreementStatus.class, row.get("status")),
                                date(row.get("signedOn")),
                                tally.counts(),
                                Reconciliation.weightedProgress(progress),
                                review == null ? null : new ReviewSummary(
                                        date(review.get("reviewedOn")),
                                        enumOf(ImplementationScore.class, review.get("score")),
                                        enumOf(Confidence.class, review.get("confidence"))),
                                Values.instant(row.get("lastActivityAt")));
    }
}
