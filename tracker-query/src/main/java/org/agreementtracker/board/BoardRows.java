package org.agreementtracker.board;

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
import org.agreementtracker.readmodel.Fold;
import org.agreementtracker.readmodel.MilestoneAccount;
import org.agreementtracker.readmodel.Recorded;
import org.agreementtracker.readmodel.Values;
import org.bson.Document;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import static org.agreementtracker.readmodel.Fields.AGREEMENT_ID;
import static org.agreementtracker.readmodel.Fields.DUE_ON;
import static org.agreementtracker.readmodel.Fields.MILESTONES;
import static org.agreementtracker.readmodel.Fields.MILESTONE_ID;
import static org.agreementtracker.readmodel.Fields.REF;
import static org.agreementtracker.readmodel.Fields.STATUS;
import static org.agreementtracker.readmodel.Fields.TITLE;
import static org.agreementtracker.readmodel.Values.date;
import static org.agreementtracker.readmodel.Values.documents;
import static org.agreementtracker.readmodel.Values.name;
import static org.agreementtracker.readmodel.Values.replacing;

/**
 * How a board row (see {@link AgreementBoardProjection}) takes in each event: a pure {@link Fold}, applied to the
 * stored row by the projection and to rows in memory by the as-of engine. Every event of an agreement is activity.
 */
public final class BoardRows {


    public static final Fold FOLD = Fold.builder()
            .creating(AgreementRegistered.class, BoardRows::registered)
            .changing(AgreementSigned.class, (row, event, recorded) -> activity(
                    status(row, AgreementStatus.SIGNED).append("signedOn", date(event.signedOn())), recorded))
            .changing(AgreementAnnounced.class, status(AgreementStatus.ANNOUNCED))
            .changing(AgreementEnteredIntoForce.class, status(AgreementStatus.IN_FORCE))
            .changing(AgreementSuspended.class, status(AgreementStatus.SUSPENDED))
            .changing(AgreementResumed.class, status(AgreementStatus.IN_FORCE))
            .changing(AgreementTerminated.class, status(AgreementStatus.TERMINATED))
            .changing(AgreementCompleted.class, status(AgreementStatus.COMPLETED))
            .changing(AgreementExpired.class, status(AgreementStatus.EXPIRED))
            .changing(MilestonePlanned.class, BoardRows::planned)
            .changing(MilestoneRescheduled.class, (row, event, recorded) -> milestone(
                    row, event.milestoneId(), recorded, milestone -> milestone.append(DUE_ON, date(event.newDueOn()))))
            .changing(MilestoneCancelled.class, (row, event, recorded) -> milestone(
                    row, event.milestoneId(), recorded, milestone -> milestone.append(MilestoneAccount.CANCELLED, true)))
            .changing(MilestoneProgressReported.class, (row, event, recorded) -> milestone(
                    row, event.milestoneId(), recorded,
                    milestone -> MilestoneAccount.reported(milestone, event.toSideReport(),
                                                           row.getList("sides", String.class))))
            // the corrected report counts in the original's place
            .changing(MilestoneReportCorrected.class, (row, event, recorded) -> milestone(
                    row, event.milestoneId(), recorded,
                    milestone -> MilestoneAccount.corrected(milestone, event.accounts(),
                                                            row.getList("sides", String.class))))
            .changing(ReviewRecorded.class, BoardRows::reviewed)
            .changing(ReviewCorrected.class, BoardRows::reviewCorrected)
            // anything else that happens to an agreement (an action item completed, ...) is activity all the same
            .changing(AgreementEvent.class, (row, event, recorded) -> activity(row, recorded))
            .build();

    private BoardRows() {
    }

    /** The board's key: refs in upper case as the registry compares them, then the id, so keys never collide. */
    public static String key(String ref, String agreementId) {
        return ref.strip().toUpperCase(Locale.ROOT) + "\t" + agreementId;
    }

    /** The agreement a board key is of. */
    public static String agreementIdOf(String key) {
        return key.substring(key.lastIndexOf('\t') + 1);
    }

    private static Document registered(AgreementRegistered event, Recorded recorded) {
        return new Document("_id", key(event.ref(), event.agreementId()))
                .append(AGREEMENT_ID, event.agreementId())
                .append(REF, event.ref())
                .append(TITLE, event.title())
                .append("kind", name(event.kind()))
                .append("sectors", event.sectors())
                .append("parties", event.parties().stream().map(Party::body).toList())
                .append("sides", MilestoneAccount.sides(event.parties()))
                .append(STATUS, name(AgreementStatus.DRAFT))
                .append("signedOn", null)
                .append(MILESTONES, List.of())
                .append("latestReview", null)
                .append("lastActivityAt", Values.instant(recorded.recordedAt()));
    }

    private static <E> Fold.Change<E> status(AgreementStatus status) {
        return (row, event, recorded) -> activity(status(row, status), recorded);
    }

    private static Document status(Document row, AgreementStatus status) {
        return row.append(STATUS, name(status));
    }

    private static Document planned(Document row, MilestonePlanned event, Recorded recorded) {
        Document milestone = new Document(MILESTONE_ID, event.milestoneId())
                .append("weight", event.weight())
                .append(DUE_ON, date(event.dueOn()));
        MilestoneAccount.planned(milestone, event.indicator(), row.getList("sides", String.class));
        List<Document> milestones = documents(row, MILESTONES);
        milestones.add(milestone);
        return activity(row.append(MILESTONES, milestones), recorded);
    }

    private static Document reviewed(Document row, ReviewRecorded event, Recorded recorded) {
        Document latest = row.get("latestReview", Document.class);
        // the review of the latest date; of two on one date, the one recorded later
        if (latest == null || !event.reviewedOn().isBefore(date(latest.get("reviewedOn")))) {
            row.append("latestReview", new Document("reviewedOn", date(event.reviewedOn()))
                    .append("reviewId", event.reviewId())
                    .append("score", name(event.score()))
                    .append("confidence", name(event.confidence())));
        }
        return activity(row, recorded);
    }

    /** A correction of the latest review changes what the board shows of it; of an earlier one, nothing. */
    private static Document reviewCorrected(Document row, ReviewCorrected event, Recorded recorded) {
        Document latest = row.get("latestReview", Document.class);
        if (latest != null && event.reviewId().equals(latest.getString("reviewId"))) {
            latest.append("score", name(event.score())).append("confidence", name(event.confidence()));
        }
        return activity(row, recorded);
    }

    private static Document milestone(Document row, String milestoneId, Recorded recorded,
                                      UnaryOperator<Document> change) {
        return activity(row.append(MILESTONES, replacing(documents(row, MILESTONES), MILESTONE_ID, milestoneId,
                                                           change)), recorded);
    }

    private static Document activity(Document row, Recorded recorded) {
        return row.append("lastActivityAt", Values.instant(recorded.recordedAt()));
    }
}
