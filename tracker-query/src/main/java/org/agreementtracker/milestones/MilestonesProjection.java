package org.agreementtracker.milestones;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.milestone.MilestoneCancelled;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.MilestoneReportCorrected;
import org.agreementtracker.api.milestone.MilestoneRescheduled;
import org.agreementtracker.readmodel.MilestoneAccount;
import org.agreementtracker.readmodel.Postings;
import org.agreementtracker.readmodel.VersionedDocuments;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.agreementtracker.readmodel.Values.date;

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
 * its agreement it took in; events of one agreement arrive in order, so that suffices to ignore redelivery.
 */
@ProcessingGroup(MilestonesProjection.PROCESSING_GROUP)
public class MilestonesProjection {

    public static final String PROCESSING_GROUP = "milestones";
    public static final String COLLECTION = "milestones";
    public static final String AGREEMENTS = "milestone_agreements";

    private final VersionedDocuments milestones;
    private final VersionedDocuments agreements;
    private final Postings postings;

    public MilestonesProjection(MongoDatabase database) {
        this.milestones = new VersionedDocuments(database.getCollection(COLLECTION));
        this.agreements = new VersionedDocuments(database.getCollection(AGREEMENTS));
        this.postings = new Postings(database.getCollection(MilestoneFacets.COLLECTION));
    }

    static String id(String agreementId, String milestoneId) {
        return agreementId + "/" + milestoneId;
    }

    @EventHandler
    public void on(AgreementRegistered event, @SequenceNumber long sequence) {
        agreements.apply(event.agreementId(), sequence, current -> new Document("ref", event.ref())
                .append("sides", MilestoneAccount.sides(event.parties())));
    }

    @EventHandler
    public void on(MilestonePlanned event, @SequenceNumber long sequence) {
        Document agreement = agreements.find(event.agreementId());
        // the agreement is registered before anything is planned for it; should it be missing, the owner's side is
        // the one side known
        List<String> sides = agreement == null
                ? List.of(event.ownerSide())
                : agreement.getList("sides", String.class);
        String id = id(event.agreementId(), event.milestoneId());
        milestones.apply(id, sequence, current -> {
            Document milestone = new Document("_id", id)
                    .append("agreementId", event.agreementId())
                    .append("agreementRef", agreement == null ? null : agreement.getString("ref"))
                    .append("milestoneId", event.milestoneId())
                    .append("title", event.title())
                    .append("owner", event.owner())
                    .append("ownerSide", event.ownerSide())
                    .append("weight", event.weight())
                    .append("dueOn", date(event.dueOn()))
                    .append("sides", sides)
                    .append("lastReportedOn", null);
            withOpen(MilestoneAccount.planned(milestone, event.indicator(), sides));
            postings.move(MilestoneFacets.of(current), MilestoneFacets.of(milestone));
            return milestone;
        });
    }

    @EventHandler
    public void on(MilestoneRescheduled event, @SequenceNumber long sequence) {
        change(event.agreementId(), event.milestoneId(), sequence,
               milestone -> milestone.append("dueOn", date(event.newDueOn())));
    }

    @EventHandler
    public void on(MilestoneCancelled event, @SequenceNumber long sequence) {
        change(event.agreementId(), event.milestoneId(), sequence,
               milestone -> milestone.append(MilestoneAccount.CANCELLED, true));
    }

    @EventHandler
    public void on(MilestoneProgressReported event, @SequenceNumber long sequence) {
        change(event.agreementId(), event.milestoneId(), sequence, milestone -> {
            LocalDate last = date(milestone.get("lastReportedOn"));
            if (last == null || event.occurredOn().isAfter(last)) {
                milestone.append("lastReportedOn", date(event.occurredOn()));
            }
            return MilestoneAccount.reported(milestone, sequence, event.toSideReport(),
                                             milestone.getList("sides", String.class));
        });
    }

    /** The corrected report counts in the original's place, also for the date last reported on. */
    @EventHandler
    public void on(MilestoneReportCorrected event, @SequenceNumber long sequence) {
        change(event.agreementId(), event.milestoneId(), sequence, milestone -> {
            MilestoneAccount.corrected(milestone, event.correctedSequence(), event.toSideReport(),
                                       milestone.getList("sides", String.class));
            LocalDate last = MilestoneAccount.lastReportedOn(milestone);
            return last == null ? milestone : milestone.append("lastReportedOn", date(last));
        });
    }

    @ResetHandler
    public void reset() {
        postings.clear();
        milestones.clear();
        agreements.clear();
    }

    /** Changes the milestone, and moves it in the postings before it is saved (and the event thus applied). */
    private void change(String agreementId, String milestoneId, long sequence, UnaryOperator<Document> change) {
        milestones.apply(id(agreementId, milestoneId), sequence, milestone -> {
            if (milestone == null) {
                return null;
            }
            Map<String, Set<String>> before = MilestoneFacets.of(milestone);
            Document changed = withOpen(change.apply(milestone));
            postings.move(before, MilestoneFacets.of(changed));
            return changed;
        });
    }

    private static Document withOpen(Document milestone) {
        return milestone.append("open", MilestoneAccount.status(milestone).open());
    }
}
