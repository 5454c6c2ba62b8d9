package org.agreementtracker.board;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Facet;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.board.AgreementPage;
import org.agreementtracker.api.board.AgreementRow;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.board.ReviewSummary;
import org.agreementtracker.api.classification.Sealing;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.milestone.Reconciliation;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;
import org.agreementtracker.readmodel.ByIds;
import org.agreementtracker.readmodel.Fields;
import org.agreementtracker.readmodel.MilestoneAccount;
import org.agreementtracker.readmodel.MilestoneTally;
import org.agreementtracker.readmodel.Paging;
import org.agreementtracker.readmodel.Postings;
import org.agreementtracker.readmodel.RowFilter;
import org.agreementtracker.readmodel.SealedDocuments;
import org.agreementtracker.readmodel.Values;
import org.bson.Document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.agreementtracker.readmodel.Values.date;
import static org.agreementtracker.readmodel.Values.enumOf;

/**
 * Answers {@link ListAgreements} from {@value AgreementBoardProjection#COLLECTION}, rows in the collection's key
 * order, which is that of the refs. Filters on sector, status, party and confidence intersect the board's postings
 * ({@link BoardFacets}) and fetch the page's rows by {@code _id}; free text needs the rows' ref and title, so a query
 * with {@code q} filters, pages and counts in one aggregation, which the embedded store answers with one scan.
 * Overdue counts and the next due date are judged against today by {@code clock}.
 */
public class AgreementBoardQueries {

    private final MongoCollection<Document> board;
    private final Postings postings;
    private final Postings contentPostings;
    private final Clock clock;
    private final Sealing sealing;

    /** Queries of a board whose store seals nothing. */
    public AgreementBoardQueries(MongoDatabase database, Clock clock) {
        this(database, clock, Sealing.none());
    }

    /** Queries of a board whose classified rows {@code sealing} seals (a {@code q} matches those in memory). */
    public AgreementBoardQueries(MongoDatabase database, Clock clock, Sealing sealing) {
        this.board = database.getCollection(AgreementBoardProjection.COLLECTION);
        this.postings = BoardFacets.postings(database);
        this.contentPostings = BoardFacets.contentPostings(database);
        this.clock = clock;
        this.sealing = sealing;
    }

    /** The same rows with the number of all rows the filters match, for the API's total-count header. */
    public AgreementPage page(ListAgreements query) {
        return page(query, Set.of());
    }

    /** The rows the filters match but those of the agreements {@code excluded} (withheld from the reader). */
    public AgreementPage page(ListAgreements query, Set<String> excluded) {
        Paging paging = Paging.of(query.page(), query.size());
        LocalDate today = LocalDate.now(clock);
        boolean text = query.q() != null && !query.q().isBlank();
        List<String> facets = facets(query);
        List<Document> rows;
        long total;
        if (text) {
            Document result = board.aggregate(List.of(
                    Aggregates.match(filter(query, excluded, sealedMatches(query.q().strip(), excluded)).bson()),
                    Aggregates.facet(new Facet("rows", paging.stages(Sorts.ascending("_id"))),
                                     new Facet("total", Aggregates.count("n"))))).first();
            rows = Values.documents(result, "rows");
            total = Paging.total(result, "total", "n");
        } else if (facets.isEmpty()) {
            FindIterable<Document> all = board.find().sort(Sorts.ascending("_id"));
            if (paging.size() != null) {
                all = all.skip((int) Math.min(Integer.MAX_VALUE, paging.skip())).limit(paging.size());
            }
            rows = all.into(new ArrayList<>());
            // the number of rows in a collection, from its metadata rather than a count of every row
            total = board.estimatedDocumentCount();
        } else {
            List<String> keys = postings.keysWithAll(facets);
            if (!excluded.isEmpty()) {
                keys = keys.stream().filter(key -> !excluded.contains(BoardRows.agreementIdOf(key))).toList();
            }
            total = keys.size();
            List<String> page = paging.of(keys);
            rows = ByIds.find(board, page, null);
        }
        List<AgreementRow> answer = new ArrayList<>();
        for (Document row : rows) {
            answer.add(row(row, today));
        }
        return new AgreementPage(answer, total);
    }

    private static List<String> facets(ListAgreements query) {
        List<String> facets = new ArrayList<>();
        if (query.status() != null) {
            facets.add(BoardFacets.status(query.status()));
        }
        if (query.confidence() != null) {
            facets.add(BoardFacets.confidence(query.confidence()));
        }
        if (query.party() != null) {
            facets.add(BoardFacets.party(query.party()));
        }
        if (query.sector() != null) {
            facets.add(BoardFacets.sector(query.sector()));
        }
        return facets;
    }

    /**
     * The filters of {@code query}, but none of the agreements {@code excluded}: read by MongoDB here and in memory
     * by the as-of answers.
     */
    public static RowFilter filter(ListAgreements query, Set<String> excluded) {
        return filter(query, excluded, Set.of());
    }

    /**
     * The agreements among the few whose rows are sealed ({@link SealedDocuments}) whose title holds {@code text}:
     * MongoDB cannot search sealed text, so these rows, found by the postings of their content's levels and
     * compartments, are read, opened and matched here.
     */
    private Set<String> sealedMatches(String text, Set<String> excluded) {
        List<String> facets = new ArrayList<>();
        sealing.sealedLevels().forEach(level -> facets.add(BoardFacets.CONTENT_LEVEL + level));
        sealing.sealedCompartments().forEach(compartment -> facets.add(BoardFacets.CONTENT_COMPARTMENT + compartment));
        if (facets.isEmpty()) {
            return Set.of();
        }
        Set<String> sealedRows = new TreeSet<>();
        contentPostings.keysOf(facets).values().forEach(sealedRows::addAll);
        Set<String> matches = new HashSet<>();
        for (Document row : ByIds.find(board, List.copyOf(sealedRows),
                                       Projections.include(Fields.AGREEMENT_ID, Fields.TITLE))) {
            String agreementId = row.getString(Fields.AGREEMENT_ID);
            if (!excluded.contains(agreementId) && Values.containsIgnoringCase(row.getString(Fields.TITLE), text)) {
                matches.add(agreementId);
            }
        }
        return matches;
    }

    /** As above; {@code sealedMatches} pass the text condition too (their title is sealed in the store). */
    private static RowFilter filter(ListAgreements query, Set<String> excluded, Set<String> sealedMatches) {
        RowFilter filter = RowFilter.all().noneOf(Fields.AGREEMENT_ID, excluded);
        if (query.status() != null) {
            filter.equal(Fields.STATUS, query.status().name());
        }
        if (query.confidence() != null) {
            filter.equal("latestReview.confidence", query.confidence().name());
        }
        if (query.party() != null) {
            filter.equal("parties", query.party());
        }
        if (query.sector() != null) {
            filter.equal("sectors", query.sector());
        }
        if (query.q() != null && !query.q().isBlank()) {
            filter.containsText(query.q().strip(), Fields.AGREEMENT_ID, sealedMatches, Fields.REF, Fields.TITLE);
        }
        return filter;
    }

    public static AgreementRow row(Document row, LocalDate today) {
        MilestoneTally tally = new MilestoneTally(today);
        List<Reconciliation.WeightedProgress> progress = new ArrayList<>();
        for (Document milestone : Values.documents(row, Fields.MILESTONES)) {
            MilestoneStatus status = MilestoneAccount.status(milestone);
            tally.add(status, date(milestone.get(Fields.DUE_ON)));
            if (status != MilestoneStatus.CANCELLED) {
                progress.add(new Reconciliation.WeightedProgress(milestone.getInteger("weight"),
                                                                 MilestoneAccount.progress(milestone)));
            }
        }
        Document review = row.get("latestReview", Document.class);
        return new AgreementRow(row.getString(Fields.AGREEMENT_ID),
                                row.getString(Fields.REF),
                                row.getString(Fields.TITLE),
                                enumOf(AgreementKind.class, row.get("kind")),
                                Values.strings(row, "sectors"),
                                enumOf(AgreementStatus.class, row.get(Fields.STATUS)),
                                date(row.get("signedOn")),
                                tally.counts(),
                                Reconciliation.weightedProgress(progress),
                                review == null ? null : new ReviewSummary(
                                        date(review.get("reviewedOn")),
                                        enumOf(ImplementationScore.class, review.get("score")),
                                        enumOf(Confidence.class, review.get("confidence"))),
                                Values.instant(row.get("lastActivityAt")),
                                Values.strings(row, "parties"), null, null);
    }
}
