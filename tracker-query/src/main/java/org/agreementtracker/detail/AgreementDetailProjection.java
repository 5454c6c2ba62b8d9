package org.agreementtracker.detail;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.agreement.AgreementEvent;
import org.agreementtracker.readmodel.Recorded;
import org.agreementtracker.readmodel.VersionedDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;

import java.time.Instant;

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
 *                           evidence: [{title, url, sha256, category}]}]}],
 *  reviews: [{reviewId, reviewedOn, recordedAt, score, confidence, findings,
 *             actions: [{actionId, title, owner, ownerSide, dueOn, completedOn, completionNote}]}]}
 * </pre>
 * {@code version} is the sequence number of the agreement's latest event, every event counting, so it is the
 * agreement's ETag. How the document takes in each event is {@link AgreementDetails#FOLD}.
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
    public void on(AgreementEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
                   MetaData metaData) {
        Recorded recorded = new Recorded(sequence, recordedAt, metaData);
        details.apply(event.agreementId(), sequence, detail -> AgreementDetails.FOLD.apply(detail, event, recorded));
    }

    @ResetHandler
    public void reset() {
        details.clear();
    }
}
