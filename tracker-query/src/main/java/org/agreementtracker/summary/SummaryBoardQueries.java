package org.agreementtracker.summary;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.board.FindSummaryBoard;
import org.agreementtracker.api.board.IndicatorProgress;
import org.agreementtracker.api.board.MilestoneCounts;
import org.agreementtracker.api.board.SummaryBoard;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.IndicatorReading;
import org.agreementtracker.api.milestone.IndicatorStatus;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.board.AgreementBoardProjection;
import org.agreementtracker.board.BoardFacets;
import org.agreementtracker.readmodel.ByIds;
import org.agreementtracker.readmodel.MilestoneAccount;
import org.agreementtracker.readmodel.Postings;
import org.agreementtracker.readmodel.Values;
import org.bson.Document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.agreementtracker.readmodel.Fields.AGREEMENT_ID;
import static org.agreementtracker.readmodel.Fields.MILESTONES;
import static org.agreementtracker.readmodel.Fields.MILESTONE_ID;
import static org.agreementtracker.readmodel.Fields.REF;


/**
 * Answers {@link FindSummaryBoard} from the agreement board's read model, so the summary always agrees with the
 * board's rows and needs no processor of its own: the counts are the sizes of the board's postings
 * ({@link BoardFacets}), which the embedded store reads without touching the rows; the indicators come from the rows
 * of the agreements that have any. Overdue milestones and the next due date are judged against today by
 * {@code clock}, from the open milestones' postings by due date. Every status and confidence is present, with 0
 * where nothing counts; sectors in alphabetical order; indicators of live milestones in order of the agreements'
 * refs, then of planning.
 */
public class SummaryBoardQueries {

    private final MongoCollection<Document> board;
    private final Postings postings;
    private final Clock clock;

    public SummaryBoardQueries(MongoDatabase database, Clock clock) {
        this.board = database.getCollection(AgreementBoardProjection.COLLECTION);
        this.postings = BoardFacets.postings(database);
        this.clock = clock;
    }

    public SummaryBoard find(FindSummaryBoard query) {
        List<String> keys = postings.keysWithAll(List.of(BoardFacets.INDICATORS));
        return summary(postings.sizes(), ByIds.find(board, keys, Projections.include(
                AGREEMENT_ID, REF, "milestones.milestoneId", "milestones.cancelled", "milestones.indicator",
                "milestones.reading")), LocalDate.now(clock));
    }

    /**
     * The summary from the sizes of the facets of {@link BoardFacets} and the rows of the agreements with
     * indicators (in the board's order), judged against {@code today}: what the stored postings and rows give, or
     * rows in memory.
     */
    public static SummaryBoard summary(Map<String, Integer> sizes, List<Document> indicatorRows, LocalDate today) {
        Map<AgreementStatus, Integer> byStatus = zeros(AgreementStatus.class);
        Map<String, Integer> bySector = new TreeMap<>();
        Map<Confidence, Integer> byConfidence = zeros(Confidence.class);
        int overdue = 0;
        LocalDate nextDueOn = null;
        for (Map.Entry<String, Integer> size : sizes.entrySet()) {
            String facet = size.getKey();
            if (facet.startsWith(BoardFacets.STATUS)) {
                byStatus.put(AgreementStatus.valueOf(facet.substring(BoardFacets.STATUS.length())), size.getValue());
            } else if (facet.startsWith(BoardFacets.SECTOR)) {
                bySector.put(facet.substring(BoardFacets.SECTOR.length()), size.getValue());
            } else if (facet.startsWith(BoardFacets.CONFIDENCE)) {
                byConfidence.put(Confidence.valueOf(facet.substring(BoardFacets.CONFIDENCE.length())), size.getValue());
            } else if (facet.startsWith(BoardFacets.OPEN_DUE)) {
                LocalDate dueOn = LocalDate.parse(facet.substring(BoardFacets.OPEN_DUE.length()));
                if (dueOn.isBefore(today)) {
                    overdue += size.getValue();
                } else if (nextDueOn == null || dueOn.isBefore(nextDueOn)) {
                    nextDueOn = dueOn;
                }
            }
        }
        MilestoneCounts milestones = new MilestoneCounts(sizes.getOrDefault(BoardFacets.LIVE, 0),
                                                         sizes.getOrDefault(BoardFacets.ACHIEVED, 0),
                                                         sizes.getOrDefault(BoardFacets.CONFIRMED, 0),
                                                         overdue,
                                                         sizes.getOrDefault(BoardFacets.DISPUTED, 0),
                                                         nextDueOn);
        return new SummaryBoard(byStatus, bySector, byConfidence, milestones, indicators(indicatorRows));
    }

    private static List<IndicatorProgress> indicators(List<Document> rows) {
        List<IndicatorProgress> indicators = new ArrayList<>();
        for (Document row : rows) {
            for (Document milestone : Values.documents(row, MILESTONES)) {
                Indicator indicator = MilestoneAccount.indicator(milestone);
                if (indicator != null && MilestoneAccount.status(milestone) != MilestoneStatus.CANCELLED) {
                    indicators.add(progress(row, milestone, indicator));
                }
            }
        }
        return indicators;
    }

    private static IndicatorProgress progress(Document row, Document milestone, Indicator indicator) {
        IndicatorReading reading = MilestoneAccount.reading(milestone);
        return new IndicatorProgress(row.getString(AGREEMENT_ID),
                                     row.getString(REF),
                                     milestone.getString(MILESTONE_ID),
                                     indicator.name(),
                                     indicator.unit(),
                                     indicator.target(),
                                     indicator.baseline(),
                                     reading == null ? null : reading.value(),
                                     reading == null ? null : reading.percentOfTarget(),
                                     reading == null ? IndicatorStatus.NOT_REPORTED : reading.status());
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> zeros = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            zeros.put(value, 0);
        }
        return zeros;
    }
}
