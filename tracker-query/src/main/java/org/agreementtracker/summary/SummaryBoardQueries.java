package org.agreementtracker.summary;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.board.FindSummaryBoard;
import org.agreementtracker.api.board.IndicatorProgress;
import org.agreementtracker.api.board.SummaryBoard;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.IndicatorReading;
import org.agreementtracker.api.milestone.IndicatorStatus;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.board.AgreementBoardProjection;
import org.agreementtracker.readmodel.MilestoneAccount;
import org.agreementtracker.readmodel.MilestoneTally;
import org.agreementtracker.readmodel.Values;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.agreementtracker.readmodel.Values.date;
import static org.agreementtracker.readmodel.Values.enumOf;

/**
 * Answers {@link FindSummaryBoard} by summing the agreement board ({@value AgreementBoardProjection#COLLECTION})
 * when asked, so the summary always agrees with the board's rows and needs no processor of its own; overdue
 * milestones and the next due date are judged against today by {@code clock}. Every status and confidence is
 * present, with 0 where nothing counts; sectors in alphabetical order; indicators of live milestones in order of
 * the agreements' refs, then of planning.
 */
public class SummaryBoardQueries {

    private final MongoCollection<Document> board;
    private final Clock clock;

    public SummaryBoardQueries(MongoDatabase database, Clock clock) {
        this.board = database.getCollection(AgreementBoardProjection.COLLECTION);
        this.clock = clock;
    }

    @QueryHandler
    public SummaryBoard find(FindSummaryBoard query) {
        LocalDate today = LocalDate.now(clock);
        Map<AgreementStatus, Integer> byStatus = zeros(AgreementStatus.class);
        Map<String, Integer> bySector = new TreeMap<>();
        Map<Confidence, Integer> byConfidence = zeros(Confidence.class);
        MilestoneTally milestones = new MilestoneTally(today);
        List<IndicatorProgress> indicators = new ArrayList<>();
        for (Document row : board.find()
                                 .projection(Projections.include(
                                         "agreementId", "ref", "status", "sectors", "latestReview.confidence",
                                         "milestones.milestoneId", "milestones.dueOn", "milestones.status",
                                         "milestones.cancelled", "milestones.indicator", "milestones.reading"))
                                 .sort(Sorts.ascending("_id"))) {
            byStatus.merge(enumOf(AgreementStatus.class, row.get("status")), 1, Integer::sum);
            for (String sector : Values.strings(row, "sectors")) {
                bySector.merge(sector, 1, Integer::sum);
            }
            Document review = row.get("latestReview", Document.class);
            if (review != null && review.get("confidence") != null) {
                byConfidence.merge(enumOf(Confidence.class, review.get("confidence")), 1, Integer::sum);
            }
            for (Document milestone : Values.documents(row, "milestones")) {
                MilestoneStatus status = MilestoneAccount.status(milestone);
                milestones.add(status, date(milestone.get("dueOn")));
                Indicator indicator = MilestoneAccount.indicator(milestone);
                if (indicator != null && status != MilestoneStatus.CANCELLED) {
                    indicators.add(progress(row, milestone, indicator));
                }
            }
        }
        return new SummaryBoard(byStatus, bySector, byConfidence, milestones.counts(), indicators);
    }

    private static IndicatorProgress progress(Document row, Document milestone, Indicator indicator) {
        IndicatorReading reading = MilestoneAccount.reading(milestone);
        return new IndicatorProgress(row.getString("agreementId"),
                                     row.getString("ref"),
                                     milestone.getString("milestoneId"),
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
