package org.agreementtracker.milestones;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.milestone.MilestoneEvent;
import org.agreementtracker.readmodel.Fields;
import org.agreementtracker.readmodel.Fold;
import org.agreementtracker.readmodel.Postings;
import org.agreementtracker.readmodel.Recorded;
import org.agreementtracker.readmodel.VersionedDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.MetaData;
import org.bson.Document;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Keeps collection {@value #COLLECTION}, one document per milestone, and beside it {@value #AGREEMENTS}, what a
 * milestone needs of its agreement (the ref to show, the sides to reconcile with), and the postings of
 * {@link MilestoneFacets} (milestones by due date, open ones apart), from which the overdue count and the lists
 * filtered only by dates are read.
 * <pre>
 * milestones: {_id: "&lt;agreementId&gt;/&lt;milestoneId&gt;", version, agreementId, agreementRef, milestoneId, title,
 *              owner, ownerSide, weight, dueOn, sides, indicator, latest, status, progressPercent, reading,
 *              cancelled, open, lastReportedOn}
 * milestone_agreements: {_id: agreementId, version, ref, sides}
 * </pre>
 * {@code open} (neither cancelled nor achieved) is kept so that "overdue", which depends on the day it is asked,
 * is a plain filter then: open and due before today. Each document's {@code version} is that of the latest event of
 * its agreement it took in; events of one agreement arrive in order, so that suffices to ignore redelivery. How
 * the documents take in events is {@link MilestoneDocuments}.
 */
@ProcessingGroup(MilestonesProjection.PROCESSING_GROUP)
public class MilestonesProjection {

    public static final String PROCESSING_GROUP = "milestones";
    public static final String COLLECTION = "milestones";
    public static final String AGREEMENTS = "milestone_agreements";

    private final VersionedDocuments milestones;
    private final VersionedDocuments agreements;
    private final Postings postings;
    private final Fold fold;

    public MilestonesProjection(MongoDatabase database) {
        this.milestones = new VersionedDocuments(database.getCollection(COLLECTION));
        this.agreements = new VersionedDocuments(database.getCollection(AGREEMENTS));
        this.postings = new Postings(database.getCollection(MilestoneFacets.COLLECTION));
        this.fold = MilestoneDocuments.milestone(agreements::find);
    }

    static String id(String agreementId, String milestoneId) {
        return MilestoneDocuments.id(agreementId, milestoneId);
    }

    @EventHandler
    public void on(AgreementRegistered event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
                   MetaData metaData) {
        Recorded recorded = new Recorded(sequence, recordedAt, metaData);
        agreements.apply(event.agreementId(), sequence,
                         current -> MilestoneDocuments.AGREEMENT.apply(current, event, recorded));
    }

    /** Folds the event into its milestone, and moves the milestone in the postings before it is saved. */
    @EventHandler
    public void on(MilestoneEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
                   MetaData metaData) {
        Recorded recorded = new Recorded(sequence, recordedAt, metaData);
        milestones.apply(id(event.agreementId(), event.milestoneId()), sequence, milestone -> {
            Map<String, Set<String>> before = MilestoneFacets.of(milestone);
            Document changed = fold.apply(milestone, event, recorded);
            if (changed != null) {
                postings.move(before, MilestoneFacets.of(changed));
            }
            return changed;
        });
    }

    @ResetHandler
    public void reset() {
        postings.clear();
        milestones.clear();
        agreements.clear();
    }
}
