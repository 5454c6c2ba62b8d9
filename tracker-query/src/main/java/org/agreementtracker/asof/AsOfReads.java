package org.agreementtracker.asof;

import org.agreementtracker.api.board.AgreementDetail;
import org.agreementtracker.api.board.AgreementPage;
import org.agreementtracker.api.board.AgreementRow;
import org.agreementtracker.api.board.BodyRow;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.board.ListMilestones;
import org.agreementtracker.api.board.MilestonePage;
import org.agreementtracker.api.board.MilestoneRow;
import org.agreementtracker.api.board.SummaryBoard;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.board.AgreementBoardQueries;
import org.agreementtracker.board.BoardFacets;
import org.agreementtracker.bodies.BodiesBoardQueries;
import org.agreementtracker.bodies.BodyFacets;
import org.agreementtracker.detail.AgreementDetailQueries;
import org.agreementtracker.detail.AgreementDetails;
import org.agreementtracker.milestones.MilestoneQueries;
import org.agreementtracker.readmodel.Paging;
import org.agreementtracker.readmodel.Recorded;
import org.agreementtracker.readmodel.Values;
import org.agreementtracker.readmodel.VersionedDocuments;
import org.agreementtracker.summary.SummaryBoardQueries;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.bson.Document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.agreementtracker.readmodel.Fields.AGREEMENT_ID;
import static org.agreementtracker.readmodel.Fields.DUE_ON;

/**
 * Answers the board queries as the tracker knew things at an instant ({@code asOf}): the documents the projections
 * would have held then, folded from the events ({@link BoardHistory}, {@link AgreementDetails}), turned into answers
 * by the same code as the live queries and filtered by the same {@link org.agreementtracker.readmodel.RowFilter}s;
 * filters and pages are applied in memory. "Overdue" is judged against the date of the instant in UTC. An instant in
 * the future is taken as now.
 */
public record AsOfReads(BoardHistory history, EventStorageEngine events, BodyRegister bodies, Clock clock) {

    /** The instant asked about, no later than now. */
    Instant bounded(Instant asOf) {
        Instant now = clock.instant();
        return asOf.isAfter(now) ? now : asOf;
    }

    static LocalDate dateOf(Instant asOf) {
        return LocalDate.ofInstant(asOf, ZoneOffset.UTC);
    }

    /** The board as of the query's instant, but the agreements {@code excluded} (withheld from the reader). */
    public AgreementPage agreements(ListAgreements query, Set<String> excluded) {
        Instant asOf = bounded(query.asOf());
        LocalDate day = dateOf(asOf);
        List<Document> matching = history.asOf(asOf).rows().stream()
                                         .filter(AgreementBoardQueries.filter(query, excluded))
                                         .toList();
        List<AgreementRow> rows = new ArrayList<>();
        for (Document row : Paging.of(query.page(), query.size()).of(matching)) {
            rows.add(AgreementBoardQueries.row(row, day));
        }
        return new AgreementPage(rows, matching.size());
    }

    /** The milestones as of the query's instant, but those of {@code agreements} and {@code milestoneIds} excluded. */
    public MilestonePage milestones(ListMilestones query, Set<String> agreements, Set<String> milestoneIds) {
        Instant asOf = bounded(query.asOf());
        LocalDate day = dateOf(asOf);
        List<Document> matching = history.asOf(asOf).milestones().stream()
                                         .filter(MilestoneQueries.filter(query, day)
                                                                 .noneOf(AGREEMENT_ID, agreements)
                                                                 .noneOf("_id", milestoneIds))
                                         .sorted(Comparator.comparing((Document milestone) -> milestone.getString(DUE_ON))
                                                           .thenComparing(milestone -> milestone.getString("_id")))
                                         .toList();
        List<MilestoneRow> rows = new ArrayList<>();
        for (Document milestone : Paging.of(query.page(), query.size()).of(matching)) {
            rows.add(MilestoneQueries.row(milestone, day));
        }
        return new MilestonePage(rows, matching.size());
    }

    public SummaryBoard summary(Instant asOf) {
        Instant bounded = bounded(asOf);
        Map<String, Integer> sizes = new TreeMap<>();
        List<Document> withIndicators = new ArrayList<>();
        for (Document row : history.asOf(bounded).rows()) {
            Map<String, Set<String>> facets = BoardFacets.of(row);
            count(facets, sizes);
            if (facets.get(row.getString("_id")).contains(BoardFacets.INDICATORS)) {
                withIndicators.add(row);
            }
        }
        return SummaryBoardQueries.summary(sizes, withIndicators, dateOf(bounded));
    }

    public List<BodyRow> bodies(Instant asOf) {
        Instant bounded = bounded(asOf);
        BoardState state = history.asOf(bounded);
        Map<String, Integer> sizes = new TreeMap<>();
        for (Document agreement : state.bodyDocuments()) {
            count(BodyFacets.of(agreement), sizes);
        }
        return BodiesBoardQueries.rows(sizes, state.lastReports(), bodies, dateOf(bounded));
    }

    private static void count(Map<String, Set<String>> facets, Map<String, Integer> sizes) {
        facets.values().forEach(of -> of.forEach(facet -> sizes.merge(facet, 1, Integer::sum)));
    }

    /** The agreement as it stood at {@code asOf}, folded from its own events; {@code null} if not yet registered. */
    public AgreementDetail agreement(String agreementId, Instant asOf) {
        Instant bounded = bounded(asOf);
        Document detail = null;
        DomainEventStream stream = events.readEvents(agreementId);
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(bounded)) {
                continue;
            }
            Recorded recorded = Recorded.of(event);
            Document changed;
            try {
                changed = AgreementDetails.FOLD.apply(Values.copy(detail), event.getPayload(), recorded);
            } catch (RuntimeException poison) {
                break; // as the detail projection parks it and every later event of the agreement
            }
            if (changed != null) {
                detail = changed.append("_id", agreementId).append(VersionedDocuments.VERSION, recorded.sequence());
            }
        }
        return detail == null ? null : AgreementDetailQueries.detail(detail, dateOf(bounded));
    }
}
