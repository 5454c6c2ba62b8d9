package org.agreementtracker.detail;

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
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.milestone.MilestoneCancelled;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.MilestoneReportCorrected;
import org.agreementtracker.api.milestone.MilestoneRescheduled;
import org.agreementtracker.api.review.ActionItemCompleted;
import org.agreementtracker.api.review.ReviewCorrected;
import org.agreementtracker.api.review.ReviewRecorded;
import org.agreementtracker.classification.Classifications;
import org.agreementtracker.readmodel.Fold;
import org.agreementtracker.readmodel.MilestoneAccount;
import org.agreementtracker.readmodel.Recorded;
import org.agreementtracker.readmodel.Values;
import org.bson.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import static org.agreementtracker.readmodel.Fields.DUE_ON;
import static org.agreementtracker.readmodel.Fields.MILESTONES;
import static org.agreementtracker.readmodel.Fields.MILESTONE_ID;
import static org.agreementtracker.readmodel.Fields.OWNER;
import static org.agreementtracker.readmodel.Fields.REF;
import static org.agreementtracker.readmodel.Fields.STATUS;
import static org.agreementtracker.readmodel.Fields.TITLE;
import static org.agreementtracker.readmodel.Values.date;
import static org.agreementtracker.readmodel.Values.decimal;
import static org.agreementtracker.readmodel.Values.documents;
import static org.agreementtracker.readmodel.Values.name;
import static org.agreementtracker.readmodel.Values.replacing;

/**
 * How an agreement's detail document (see {@link AgreementDetailProjection}) takes in each event: a pure
 * {@link Fold}, applied to the stored document by the projection and, as of a moment, to the agreement's events up to
 * it by the as-of engine. Any event moves the version on, which the projection sets.
 */
public final class AgreementDetails {

    public static final Fold FOLD = Fold.builder()
            .creating(AgreementRegistered.class, AgreementDetails::registered)
            .changing(AgreementSigned.class, (detail, event, recorded) -> stepTo(
                    detail, AgreementStatus.SIGNED, event.signedOn(), null, recorded,
                    signed -> signed.append("signature", new Document("signedOn", date(event.signedOn()))
                            .append("place", event.place())
                            .append("signatories", event.signatories().stream()
                                                        .map(signatory -> new Document("name", signatory.name())
                                                                .append("role", signatory.role())
                                                                .append("side", signatory.side()))
                                                        .toList()))))
            .changing(AgreementAnnounced.class, (detail, event, recorded) -> stepTo(
                    detail, AgreementStatus.ANNOUNCED, event.announcedOn(), null, recorded,
                    announced -> announced.append("announcement",
                                                  new Document("announcedOn", date(event.announcedOn()))
                                                          .append("note", event.note()))))
            .changing(AgreementEnteredIntoForce.class, (detail, event, recorded) -> stepTo(
                    detail, AgreementStatus.IN_FORCE, event.effectiveOn(), null, recorded, UnaryOperator.identity()))
            .changing(AgreementSuspended.class, (detail, event, recorded) -> stepTo(
                    detail, AgreementStatus.SUSPENDED, event.effectiveOn(), event.reason(), recorded,
                    UnaryOperator.identity()))
            .changing(AgreementResumed.class, (detail, event, recorded) -> stepTo(
                    detail, AgreementStatus.IN_FORCE, event.effectiveOn(), event.reason(), recorded,
                    UnaryOperator.identity()))
            .changing(AgreementTerminated.class, (detail, event, recorded) -> stepTo(
                    detail, AgreementStatus.TERMINATED, event.effectiveOn(), event.reason(), recorded,
                    UnaryOperator.identity()))
            .changing(AgreementCompleted.class, (detail, event, recorded) -> stepTo(
                    detail, AgreementStatus.COMPLETED, event.effectiveOn(), event.reason(), recorded,
                    UnaryOperator.identity()))
            .changing(AgreementExpired.class, (detail, event, recorded) -> stepTo(
                    detail, AgreementStatus.EXPIRED, event.effectiveOn(), event.reason(), recorded,
                    UnaryOperator.identity()))
            .changing(MilestonePlanned.class, AgreementDetails::planned)
            .changing(MilestoneRescheduled.class, AgreementDetails::rescheduled)
            .changing(MilestoneCancelled.class, (detail, event, recorded) -> milestone(
                    detail, event.milestoneId(),
                    milestone -> milestone.append("cancelled", true).append("cancellationReason", event.reason())))
            .changing(MilestoneProgressReported.class, AgreementDetails::reported)
            .changing(MilestoneReportCorrected.class, AgreementDetails::reportCorrected)
            .changing(ReviewRecorded.class, AgreementDetails::reviewed)
            .changing(ReviewCorrected.class, AgreementDetails::reviewCorrected)
            .changing(ActionItemCompleted.class, AgreementDetails::actionCompleted)
            // any other event still moves the agreement's version on, which is its ETag
            .changing(AgreementEvent.class, (detail, event, recorded) -> detail)
            .build();

    private AgreementDetails() {
    }

    private static Document registered(AgreementRegistered event, Recorded recorded) {
        return new Document()
                .append(REF, event.ref())
                .append(TITLE, event.title())
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
                .append(STATUS, name(AgreementStatus.DRAFT))
                .append("signature", null)
                .append("announcement", null)
                .append("statusHistory", List.of(step(AgreementStatus.DRAFT, null, null, recorded.recordedAt())))
                .append(MILESTONES, List.of())
                .append("reviews", List.of());
    }

    private static Document stepTo(Document detail, AgreementStatus status, LocalDate effectiveOn, String reason,
                                   Recorded recorded, UnaryOperator<Document> change) {
        List<Document> history = documents(detail, "statusHistory");
        history.add(step(status, effectiveOn, reason, recorded.recordedAt()));
        return change.apply(detail.append(STATUS, name(status)).append("statusHistory", history));
    }

    private static Document step(AgreementStatus status, LocalDate effectiveOn, String reason, Instant recordedAt) {
        return new Document(STATUS, name(status))
                .append("effectiveOn", date(effectiveOn))
                .append("reason", reason)
                .append("recordedAt", Values.instant(recordedAt));
    }

    private static Document planned(Document detail, MilestonePlanned event, Recorded recorded) {
        List<Document> milestones = documents(detail, MILESTONES);
        milestones.add(new Document(MILESTONE_ID, event.milestoneId())
                               .append(TITLE, event.title())
                               .append(OWNER, event.owner())
                               .append("ownerSide", event.ownerSide())
                               .append("weight", event.weight())
                               .append("indicator", event.indicator() == null
                                       ? null : MilestoneAccount.indicator(event.indicator()))
                               .append(DUE_ON, date(event.dueOn()))
                               .append("dueDateHistory", List.of())
                               .append("cancelled", false)
                               .append("cancellationReason", null)
                               .append("reports", List.of()));
        return detail.append(MILESTONES, milestones);
    }

    private static Document rescheduled(Document detail, MilestoneRescheduled event, Recorded recorded) {
        return milestone(detail, event.milestoneId(), milestone -> {
            List<Document> history = documents(milestone, "dueDateHistory");
            history.add(new Document("previousDueOn", date(event.previousDueOn()))
                                .append("newDueOn", date(event.newDueOn()))
                                .append("reason", event.reason())
                                .append("recordedAt", Values.instant(recorded.recordedAt())));
            return milestone.append(DUE_ON, date(event.newDueOn())).append("dueDateHistory", history);
        });
    }

    private static Document reported(Document detail, MilestoneProgressReported event, Recorded recorded) {
        // who entered it is part of the event; older events without it fall back on who caused the event
        Actor reportedBy = event.reportedBy() != null ? event.reportedBy() : Actor.fromMetadata(recorded.metaData());
        return milestone(detail, event.milestoneId(), milestone -> {
            List<Document> reports = documents(milestone, "reports");
            reports.add(new Document("reportId", event.reportId())
                                .append("side", event.side())
                                .append("body", event.body())
                                .append("reportedBy", reportedBy == null ? null : actor(reportedBy))
                                .append("occurredOn", date(event.occurredOn()))
                                .append("recordedAt", Values.instant(recorded.recordedAt()))
                                .append(STATUS, name(event.status()))
                                .append("progressPercent", event.progressPercent())
                                .append("indicatorValue", decimal(event.indicatorValue()))
                                .append("note", event.note())
                                .append("evidence", Values.evidence(event.evidence()))
                                .append("sequence", recorded.sequence())
                                .append("correction", null));
            return milestone.append("reports", reports);
        });
    }

    /** The report shows its corrected values, and why and by whom they were corrected; the history keeps both. */
    private static Document reportCorrected(Document detail, MilestoneReportCorrected event, Recorded recorded) {
        return milestone(detail, event.milestoneId(), milestone -> milestone.append(
                "reports", replacing(documents(milestone, "reports"), "reportId", event.reportId(),
                                     report -> report.append("occurredOn", date(event.occurredOn()))
                                                     .append(STATUS, name(event.status()))
                                                     .append("progressPercent", event.progressPercent())
                                                     .append("indicatorValue", decimal(event.indicatorValue()))
                                                     .append("note", event.note())
                                                     .append("evidence", Values.evidence(event.evidence()))
                                                     .append("correction", correction(event.reason(), recorded)))));
    }

    private static Document reviewCorrected(Document detail, ReviewCorrected event, Recorded recorded) {
        return detail.append("reviews", replacing(
                documents(detail, "reviews"), "reviewId", event.reviewId(),
                review -> review.append("score", name(event.score()))
                                .append("confidence", name(event.confidence()))
                                .append("findings", event.findings())
                                .append("correction", correction(event.reason(), recorded))));
    }

    private static Document correction(String reason, Recorded recorded) {
        Actor correctedBy = Actor.fromMetadata(recorded.metaData());
        return new Document("reason", reason)
                .append("recordedAt", Values.instant(recorded.recordedAt()))
                .append("correctedBy", correctedBy == null ? null : actor(correctedBy))
                .append("sequence", recorded.sequence());
    }

    private static Document actor(Actor actor) {
        return new Document("user", actor.user())
                .append("role", name(actor.role()))
                .append("side", actor.side())
                .append("body", actor.body());
    }

    private static Document reviewed(Document detail, ReviewRecorded event, Recorded recorded) {
        List<Document> reviews = documents(detail, "reviews");
        reviews.add(new Document("reviewId", event.reviewId())
                            .append("reviewedOn", date(event.reviewedOn()))
                            .append("recordedAt", Values.instant(recorded.recordedAt()))
                            .append("score", name(event.score()))
                            .append("confidence", name(event.confidence()))
                            .append("findings", event.findings())
                            .append("actions", event.actions().stream()
                                                    .map(action -> new Document("actionId", action.actionId())
                                                            .append(TITLE, action.title())
                                                            .append(OWNER, action.owner())
                                                            .append("ownerSide", action.ownerSide())
                                                            .append(DUE_ON, date(action.dueOn()))
                                                            .append("completedOn", null)
                                                            .append("completionNote", null))
                                                    .toList()));
        return detail.append("reviews", reviews);
    }

    private static Document actionCompleted(Document detail, ActionItemCompleted event, Recorded recorded) {
        return detail.append("reviews", replacing(
                documents(detail, "reviews"), "reviewId", event.reviewId(),
                review -> review.append("actions", replacing(
                        documents(review, "actions"), "actionId", event.actionId(),
                        action -> action.append("completedOn", date(event.completedOn()))
                                        .append("completionNote", event.note())))));
    }

    private static Document milestone(Document detail, String milestoneId, Function<Document, Document> change) {
        return detail.append(MILESTONES, replacing(documents(detail, MILESTONES), MILESTONE_ID, milestoneId,
                                                     change));
    }
}
