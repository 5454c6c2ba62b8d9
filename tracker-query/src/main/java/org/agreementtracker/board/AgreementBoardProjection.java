package org.agreementtracker.board;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.agreement.AgreementAnnounced;
import org.agreementtracker.api.agreement.AgreementCompleted;
import org.agreementtracker.api.agreement.AgreementEnteredIntoForce;
import org.agreementtracker.api.agreement.AgreementEvent;
import org.agreementtracker.api.agreement.AgreementExpired;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.agreement.AgreementResumed;
import org.agreementtracker.api.agreement.AgreementSigned;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.agreement.AgreementSuspended;
import org.agreementtracker.api.agreement.AgreementTerminated;
import org.agreementtracker.api.agreement.Party;
import org.agreementtracker.api.milestone.MilestoneCancelled;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.MilestoneReportCorrected;
import org.agreementtracker.api.milestone.MilestoneRescheduled;
import org.agreementtracker.api.review.ReviewCorrected;
import org.agreementtracker.api.review.ReviewRecorded;
import org.agreementtracker.readmodel.MilestoneAccount;
import org.agreementtracker.readmodel.Postings;
import org.agreementtracker.readmodel.Values;
import org.agreementtracker.readmodel.VersionedDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.agreementtracker.readmodel.Values.date;
import static org.agreementtracker.readmodel.Values.documents;
import static org.agreementtracker.readmodel.Values.name;
import static org.agreementtracker.readmodel.Values.replacing;

/**
 * Keeps collection {@value #COLLECTION}: one document per agreement, with what its board row needs; and beside it
 * the postings of {@link BoardFacets} ({@value BoardFacets#COLLECTION}), through which the board's filters and the
 * summary's counts read a few documents instead of every row.
 * <pre>
 * {_id: "&lt;REF&gt;\t&lt;agreementId&gt;", agreementId (unique), version, ref, title, kind, sectors: [..],
 *  parties: [body ids], sides: [country codes], status, signedOn,
 *  milestones: [{milestoneId, weight, dueOn, cancelled, indicator, latest, status, progressPercent, reading}],
 *  latestReview: {reviewedOn, reviewId, score, confidence} | null, lastActivityAt}
 * </pre>
 * {@code _id} starts with the ref in upper case, so that the collection's own key order is the board's order and a
 * page needs no sort on another field (which the embedded store does slowly); events find the document by the
 * unique {@code agreementId}. Overdue counts and the next due date depend on the day they are asked on, so they are
 * computed by {@link AgreementBoardQueries} from the stored due dates and reconciled statuses.
 */
@ProcessingGroup(AgreementBoardProjection.PROCESSING_GROUP)
public class AgreementBoardProjection {

    public static final String PROCESSING_GROUP = "agreement-board";
    public static final String COLLECTION = "agreement_board";

    static final String AGREEMENT_ID = "agreementId";

    private final VersionedDocuments board;
    private final Postings postings;

    public AgreementBoardProjection(MongoDatabase database) {
        this.board = new VersionedDocuments(database.getCollection(COLLECTION), AGREEMENT_ID);
        this.postings = BoardFacets.postings(database);
    }

    /** The board's key: refs in upper case as the registry compares them, then the id, so keys never collide. */
    static String key(String ref, String agreementId) {
        return ref.strip().toUpperCase(Locale.ROOT) + "\t" + agreementId;
    }

    @EventHandler
    public void on(AgreementRegistered event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        board.apply(event.agreementId(), sequence, current -> {
            Document row = new Document("_id", key(event.ref(), event.agreementId()))
                    .append(AGREEMENT_ID, event.agreementId())
                .append("ref", event.ref())
                .append("title", event.title())
                .append("kind", name(event.kind()))
                .append("sectors", event.sectors())
                .append("parties", event.parties().stream().map(Party::body).toList())
                .append("sides", MilestoneAccount.sides(event.parties()))
                .append("status", name(AgreementStatus.DRAFT))
                .append("signedOn", null)
                .append("milestones", List.of())
                .append("latestReview", null)
                .append("lastActivityAt", Values.instant(recordedAt));
            postings.move(Map.of(), BoardFacets.of(row));
            return row;
        });
    }

    @EventHandler
    public void on(AgreementSigned event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        change(event, sequence, recordedAt, row -> status(row, AgreementStatus.SIGNED)
                .append("signedOn", date(event.signedOn())));
    }

    @EventHandler
    public void on(AgreementAnnounced event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        change(event, sequence, recordedAt, row -> status(row, AgreementStatus.ANNOUNCED));
    }

    @EventHandler
    public void on(AgreementEnteredIntoForce event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        change(event, sequence, recordedAt, row -> status(row, AgreementStatus.IN_FORCE));
    }

    @EventHandler
    public void on(AgreementSuspended event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        change(event, sequence, recordedAt, row -> status(row, AgreementStatus.SUSPENDED));
    }

    @EventHandler
    public void on(AgreementResumed event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        change(event, sequence, recordedAt, row -> status(row, AgreementStatus.IN_FORCE));
    }

    @EventHandler
    public void on(AgreementTerminated event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        change(event, sequence, recordedAt, row -> status(row, AgreementStatus.TERMINATED));
    }

    @EventHandler
    public void on(AgreementCompleted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        change(event, sequence, recordedAt, row -> status(row, AgreementStatus.COMPLETED));
    }

    @EventHandler
    public void on(AgreementExpired event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        change(event, sequence, recordedAt, row -> status(row, AgreementStatus.EXPIRED));
    }

    private static Document status(Document row, AgreementStatus status) {
        return row.append("status", name(status));
    }

    @EventHandler
    public void on(MilestonePlanned event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        change(event, sequence, recordedAt, row -> {
            Document milestone = new Document("milestoneId", event.milestoneId())
                    .append("weight", event.weight())
                    .append("dueOn", date(event.dueOn()));
            MilestoneAccount.planned(milestone, event.indicator(), row.getList("sides", String.class));
            List<Document> milestones = documents(row, "milestones");
            milestones.add(milestone);
            return row.append("milestones", milestones);
        });
    }

    @EventHandler
    public void on(MilestoneRescheduled event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        changeMilestone(event, event.milestoneId(), sequence, recordedAt,
                        (row, milestone) -> milestone.append("dueOn", date(event.newDueOn())));
    }

    @EventHandler
    public void on(MilestoneCancelled event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        changeMilestone(event, event.milestoneId(), sequence, recordedAt,
                        (row, milestone) -> milestone.append(MilestoneAccount.CANCELLED, true));
    }

    @EventHandler
    public void on(MilestoneProgressReported event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        changeMilestone(event, event.milestoneId(), sequence, recordedAt,
                        (row, milestone) -> MilestoneAccount.reported(milestone, sequence, event.toSideReport(),
                                                                      row.getList("sides", String.class)));
    }

    /** The corrected report counts in the original's place. */
    @EventHandler
    public void on(MilestoneReportCorrected event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        changeMilestone(event, event.milestoneId(), sequence, recordedAt,
                        (row, milestone) -> MilestoneAccount.corrected(milestone, event.correctedSequence(),
                                                                       event.toSideReport(),
                                                                       row.getList("sides", String.class)));
    }

    @EventHandler
    public void on(ReviewRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        change(event, sequence, recordedAt, row -> {
            Document latest = row.get("latestReview", Document.class);
            // the review of the latest date; of two on one date, the one recorded later
            if (latest == null || !event.reviewedOn().isBefore(date(latest.get("reviewedOn")))) {
                row.append("latestReview", new Document("reviewedOn", date(event.reviewedOn()))
                        .append("reviewId", event.reviewId())
                        .append("score", name(event.score()))
                        .append("confidence", name(event.confidence())));
            }
            return row;
        });
    }

    /** A correction of the latest review changes what the board shows of it; of an earlier one, nothing. */
    @EventHandler
    public void on(ReviewCorrected event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        change(event, sequence, recordedAt, row -> {
            Document latest = row.get("latestReview", Document.class);
            if (latest != null && event.reviewId().equals(latest.getString("reviewId"))) {
                latest.append("score", name(event.score())).append("confidence", name(event.confidence()));
            }
            return row;
        });
    }

    /** Anything else that happens to an agreement (an action item completed, ...) is activity all the same. */
    @EventHandler
    public void on(AgreementEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        change(event, sequence, recordedAt, row -> row);
    }

    @ResetHandler
    public void reset() {
        postings.clear();
        board.clear();
    }

    /** Changes the row, and moves its keys in the postings before the row is saved (and the event thus applied). */
    private void change(AgreementEvent event, long sequence, Instant recordedAt, UnaryOperator<Document> change) {
        board.apply(event.agreementId(), sequence, row -> {
            if (row == null) {
                return null;
            }
            Map<String, Set<String>> before = BoardFacets.of(row);
            Document changed = change.apply(row).append("lastActivityAt", Values.instant(recordedAt));
            postings.move(before, BoardFacets.of(changed));
            return changed;
        });
    }

    private void changeMilestone(AgreementEvent event, String milestoneId, long sequence, Instant recordedAt,
                                 MilestoneChange change) {
        change(event, sequence, recordedAt, row -> row.append(
                "milestones", replacing(documents(row, "milestones"), "milestoneId", milestoneId,
                                        milestone -> change.apply(row, milestone))));
    }

    @FunctionalInterface
    private interface MilestoneChange {
        Document apply(Document row, Document milestone);
    }
}
