package org.agreementtracker.detail;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.actor.Actor;
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
import org.agreementtracker.api.milestone.MilestoneCancelled;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.MilestoneReportCorrected;
import org.agreementtracker.api.milestone.MilestoneRescheduled;
import org.agreementtracker.api.review.ActionItemCompleted;
import org.agreementtracker.api.review.ReviewCorrected;
import org.agreementtracker.api.review.ReviewRecorded;
import org.agreementtracker.readmodel.MilestoneAccount;
import org.agreementtracker.readmodel.Values;
import org.agreementtracker.readmodel.VersionedDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.bson.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.agreementtracker.readmodel.Values.date;
import static org.agreementtracker.readmodel.Values.decimal;
import static org.agreementtracker.readmodel.Values.documents;
import static org.agreementtracker.readmodel.Values.name;
import static org.agreementtracker.readmodel.Values.replacing;

/**
 * Keeps collection {@value #COLLECTION}: one document per agreement, {@code _id} its id, holding everything that
 * happened to it as recorded. Reconciliation and "overdue" are left to {@link AgreementDetailQueries}, which works
 * them out from the stored reports and due dates when asked.
 * <pre>
 * {_id: agreementId, version, ref, title, kind, sectors, summary, validFrom, validUntil, parentRef,
 *  parties: [{body, country}], status,
 *  signature: {signedOn, place, signatories: [{name, role, side}]} | null,
 *  announcement: {announcedOn, note} | null,
 *  statusHistory: [{status, effectiveOn, reason, recordedAt}],
 *  milestones: [{milestoneId, title, owner, ownerSide, weight, indicator, dueOn,
 *                dueDateHistory: [{previousDueOn, newDueOn, reason, recordedAt}], cancelled, cancellationReason,
 *                reports: [{reportId, side, body, reportedBy: {user, role, side, body}, occurredOn, recordedAt,
 *                           status, progressPercent, indicatorValue, note,
 *                           evidence: [{title, url, sha256, category}], sequence, correction}]}],
 *  reviews: [{reviewId, reviewedOn, recordedAt, score, confidence, findings,
 *             actions: [{actionId, title, owner, ownerSide, dueOn, completedOn, completionNote}], correction}]}
 * </pre>
 * A corrected report or review holds its values after the correction, and
 * {@code correction: {reason, recordedAt, correctedBy: {user, role, side, body}, sequence}} (else {@code null}).
 * {@code version} is the sequence number of the agreement's latest event, every event counting, so it is the
 * agreement's ETag.
 */
@ProcessingGroup(AgreementDetailProjection.PROCESSING_GROUP)
public class AgreementDetailProjection {

    public static final String PROCESSING_GROUP = "agreement-detail";
    public static final String COLLECTION = "agreement_detail";

    private final VersionedDocuments details;

    public AgreementDetailProjection(MongoDatabase database) {
        this.details = new VersionedDocuments(database.getCollection(COLLECTION));
    }

    @EventHandler
    public void on(AgreementRegistered event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        details.apply(event.agreementId(), sequence, current -> new Document()
                .append("ref", event.ref())
                .append("title", event.title())
                .append("kind", name(event.kind()))
                .append("sectors", event.sectors())
                .append("summary", event.summary())
                .append("validFrom", date(event.validFrom()))
                .append("validUntil", date(event.validUntil()))
                .append("parentRef", event.parentRef())
                .append("parties", event.parties().stream()
                                        .map(party -> new Document("body", party.body())
                                                .append("country", party.country()))
                                        .toList())
                .append("status", name(AgreementStatus.DRAFT))
                .append("signature", null)
                .append("announcement", null)
                .append("statusHistory", List.of(step(AgreementStatus.DRAFT, null, null, recordedAt)))
                .append("milestones", List.of())
                .append("reviews", List.of()));
    }

    @EventHandler
    public void on(AgreementSigned event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepTo(event, sequence, AgreementStatus.SIGNED, event.signedOn(), null, recordedAt,
               detail -> detail.append("signature", new Document("signedOn", date(event.signedOn()))
                       .append("place", event.place())
                       .append("signatories", event.signatories().stream()
                                                   .map(signatory -> new Document("name", signatory.name())
                                                           .append("role", signatory.role())
                                                           .append("side", signatory.side()))
                                                   .toList())));
    }

    @EventHandler
    public void on(AgreementAnnounced event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepTo(event, sequence, AgreementStatus.ANNOUNCED, event.announcedOn(), null, recordedAt,
               detail -> detail.append("announcement", new Document("announcedOn", date(event.announcedOn()))
                       .append("note", event.note())));
    }

    @EventHandler
    public void on(AgreementEnteredIntoForce event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepTo(event, sequence, AgreementStatus.IN_FORCE, event.effectiveOn(), null, recordedAt, detail -> detail);
    }

    @EventHandler
    public void on(AgreementSuspended event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepTo(event, sequence, AgreementStatus.SUSPENDED, event.effectiveOn(), event.reason(), recordedAt,
               detail -> detail);
    }

    @EventHandler
    public void on(AgreementResumed event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepTo(event, sequence, AgreementStatus.IN_FORCE, event.effectiveOn(), event.reason(), recordedAt,
               detail -> detail);
    }

    @EventHandler
    public void on(AgreementTerminated event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepTo(event, sequence, AgreementStatus.TERMINATED, event.effectiveOn(), event.reason(), recordedAt,
               detail -> detail);
    }

    @EventHandler
    public void on(AgreementCompleted event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepTo(event, sequence, AgreementStatus.COMPLETED, event.effectiveOn(), event.reason(), recordedAt,
               detail -> detail);
    }

    @EventHandler
    public void on(AgreementExpired event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        stepTo(event, sequence, AgreementStatus.EXPIRED, event.effectiveOn(), event.reason(), recordedAt,
               detail -> detail);
    }

    private void stepTo(AgreementEvent event, long sequence, AgreementStatus status, LocalDate effectiveOn,
                        String reason, Instant recordedAt, UnaryOperator<Document> change) {
        change(event, sequence, detail -> {
            List<Document> history = documents(detail, "statusHistory");
            history.add(step(status, effectiveOn, reason, recordedAt));
            return change.apply(detail.append("status", name(status)).append("statusHistory", history));
        });
    }

    private static Document step(AgreementStatus status, LocalDate effectiveOn, String reason, Instant recordedAt) {
        return new Document("status", name(status))
                .append("effectiveOn", date(effectiveOn))
                .append("reason", reason)
                .append("recordedAt", Values.instant(recordedAt));
    }

    @EventHandler
    public void on(MilestonePlanned event, @SequenceNumber long sequence) {
        change(event, sequence, detail -> {
            List<Document> milestones = documents(detail, "milestones");
            milestones.add(new Document("milestoneId", event.milestoneId())
                                   .append("title", event.title())
                                   .append("owner", event.owner())
                                   .append("ownerSide", event.ownerSide())
                                   .append("weight", event.weight())
                                   .append("indicator", event.indicator() == null
                                           ? null : MilestoneAccount.indicator(event.indicator()))
                                   .append("dueOn", date(event.dueOn()))
                                   .append("dueDateHistory", List.of())
                                   .append("cancelled", false)
                                   .append("cancellationReason", null)
                                   .append("reports", List.of()));
            return detail.append("milestones", milestones);
        });
    }

    @EventHandler
    public void on(MilestoneRescheduled event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        changeMilestone(event, event.milestoneId(), sequence, milestone -> {
            List<Document> history = documents(milestone, "dueDateHistory");
            history.add(new Document("previousDueOn", date(event.previousDueOn()))
                                .append("newDueOn", date(event.newDueOn()))
                                .append("reason", event.reason())
                                .append("recordedAt", Values.instant(recordedAt)));
            return milestone.append("dueOn", date(event.newDueOn())).append("dueDateHistory", history);
        });
    }

    @EventHandler
    public void on(MilestoneCancelled event, @SequenceNumber long sequence) {
        changeMilestone(event, event.milestoneId(), sequence,
                        milestone -> milestone.append("cancelled", true).append("cancellationReason", event.reason()));
    }

    @EventHandler
    public void on(MilestoneProgressReported event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
                   MetaData metaData) {
        // who entered it is part of the event; older events without it fall back on who caused the event
        Actor reportedBy = event.reportedBy() != null ? event.reportedBy() : Actor.fromMetadata(metaData);
        changeMilestone(event, event.milestoneId(), sequence, milestone -> {
            List<Document> reports = documents(milestone, "reports");
            reports.add(new Document("reportId", event.reportId())
                                .append("side", event.side())
                                .append("body", event.body())
                                .append("reportedBy", reportedBy == null ? null : actor(reportedBy))
                                .append("occurredOn", date(event.occurredOn()))
                                .append("recordedAt", Values.instant(recordedAt))
                                .append("status", name(event.status()))
                                .append("progressPercent", event.progressPercent())
                                .append("indicatorValue", decimal(event.indicatorValue()))
                                .append("note", event.note())
                                .append("evidence", evidence(event.evidence()))
                                .append("sequence", sequence)
                                .append("correction", null));
            return milestone.append("reports", reports);
        });
    }

    private static List<Document> evidence(List<Evidence> evidence) {
        return evidence.stream()
                       .map(item -> new Document("title", item.title())
                               .append("url", item.url())
                               .append("sha256", item.sha256())
                               .append("category", item.category()))
                       .toList();
    }

    /** The report shows its corrected values, and why and by whom they were corrected; the history keeps both. */
    @EventHandler
    public void on(MilestoneReportCorrected event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
                   MetaData metaData) {
        changeMilestone(event, event.milestoneId(), sequence, milestone -> milestone.append(
                "reports", replacing(documents(milestone, "reports"), "reportId", event.reportId(),
                                     report -> report.append("occurredOn", date(event.occurredOn()))
                                                     .append("status", name(event.status()))
                                                     .append("progressPercent", event.progressPercent())
                                                     .append("indicatorValue", decimal(event.indicatorValue()))
                                                     .append("note", event.note())
                                                     .append("evidence", evidence(event.evidence()))
                                                     .append("correction", correction(event.reason(), recordedAt,
                                                                                      metaData, sequence)))));
    }

    private static Document correction(String reason, Instant recordedAt, MetaData metaData, long sequence) {
        Actor correctedBy = Actor.fromMetadata(metaData);
        return new Document("reason", reason)
                .append("recordedAt", Values.instant(recordedAt))
                .append("correctedBy", correctedBy == null ? null : actor(correctedBy))
                .append("sequence", sequence);
    }

    private static Document actor(Actor actor) {
        return new Document("user", actor.user())
                .append("role", name(actor.role()))
                .append("side", actor.side())
                .append("body", actor.body());
    }

    @EventHandler
    public void on(ReviewRecorded event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        change(event, sequence, detail -> {
            List<Document> reviews = documents(detail, "reviews");
            reviews.add(new Document("reviewId", event.reviewId())
                                .append("reviewedOn", date(event.reviewedOn()))
                                .append("recordedAt", Values.instant(recordedAt))
                                .append("score", name(event.score()))
                                .append("confidence", name(event.confidence()))
                                .append("findings", event.findings())
                                .append("actions", event.actions().stream()
                                                        .map(action -> new Document("actionId", action.actionId())
                                                                .append("title", action.title())
                                                                .append("owner", action.owner())
                                                                .append("ownerSide", action.ownerSide())
                                                                .append("dueOn", date(action.dueOn()))
                                                                .append("completedOn", null)
                                                                .append("completionNote", null))
                                                        .toList()));
            return detail.append("reviews", reviews);
        });
    }

    @EventHandler
    public void on(ReviewCorrected event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
                   MetaData metaData) {
        change(event, sequence, detail -> detail.append(
                "reviews", replacing(documents(detail, "reviews"), "reviewId", event.reviewId(),
                                     review -> review.append("score", name(event.score()))
                                                     .append("confidence", name(event.confidence()))
                                                     .append("findings", event.findings())
                                                     .append("correction", correction(event.reason(), recordedAt,
                                                                                      metaData, sequence)))));
    }

    @EventHandler
    public void on(ActionItemCompleted event, @SequenceNumber long sequence) {
        change(event, sequence, detail -> detail.append(
                "reviews", replacing(documents(detail, "reviews"), "reviewId", event.reviewId(),
                                     review -> review.append(
                                             "actions", replacing(documents(review, "actions"), "actionId",
                                                                  event.actionId(),
                                                                  action -> action
                                                                          .append("completedOn",
                                                                                  date(event.completedOn()))
                                                                          .append("completionNote",
                                                                                  event.note()))))));
    }

    /** Any other event still moves the agreement's version on, which is its ETag. */
    @EventHandler
    public void on(AgreementEvent event, @SequenceNumber long sequence) {
        change(event, sequence, detail -> detail);
    }

    @ResetHandler
    public void reset() {
        details.clear();
    }

    private void change(AgreementEvent event, long sequence, UnaryOperator<Document> change) {
        details.apply(event.agreementId(), sequence, detail -> detail == null ? null : change.apply(detail));
    }

    private void changeMilestone(AgreementEvent event, String milestoneId, long sequence,
                                 UnaryOperator<Document> change) {
        change(event, sequence, detail -> detail.append(
                "milestones", replacing(documents(detail, "milestones"), "milestoneId", milestoneId, change)));
    }
}
