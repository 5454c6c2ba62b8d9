package org.agreementtracker.bodies;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.board.BodyRow;
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
import org.axonframework.eventhandling.Timestamp;
import org.bson.Document;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.agreementtracker.readmodel.Values.date;
import static org.agreementtracker.readmodel.Values.documents;
import static org.agreementtracker.readmodel.Values.replacing;

/**
 * Keeps collection {@value #COLLECTION}: one document per agreement with what the bodies board needs of it, the owner,
 * due date and reconciled status of each milestone; and from it the postings of {@link BodyFacets} (which body owns
 * which milestones open, achieved, due when) and each body's {@link LastReports last report}, from which
 * {@link BodiesBoardQueries} answers without reading every agreement.
 * <pre>
 * {_id: agreementId, version, ref, sides,
 *  milestones: [{milestoneId, owner, dueOn, indicator, latest, status, progressPercent, reading, cancelled}]}
 * </pre>
 * Every event changes one agreement's document, found by {@code _id} and guarded by its version; the postings and
 * the last reports are changed first, in ways that repeating changes nothing, so a crash before the document is
 * saved is repaired by the redelivery.
 */
@ProcessingGroup(BodiesBoardProjection.PROCESSING_GROUP)
public class BodiesBoardProjection {

    public static final String PROCESSING_GROUP = "bodies-board";
    public static final String COLLECTION = "bodies_board";

    private final VersionedDocuments agreements;
    private final Postings postings;
    private final LastReports lastReports;

    public BodiesBoardProjection(MongoDatabase database) {
        this.agreements = new VersionedDocuments(database.getCollection(COLLECTION));
        this.postings = BodyFacets.postings(database);
        this.lastReports = new LastReports(database.getCollection(LastReports.COLLECTION));
    }

    @EventHandler
    public void on(AgreementRegistered event, @SequenceNumber long sequence) {
        agreements.apply(event.agreementId(), sequence, current -> new Document("ref", event.ref())
                .append("sides", MilestoneAccount.sides(event.parties()))
                .append("milestones", List.of()));
    }

    @EventHandler
    public void on(MilestonePlanned event, @SequenceNumber long sequence) {
        change(event.agreementId(), sequence, agreement -> {
            Document milestone = new Document("milestoneId", event.milestoneId())
                    .append("owner", event.owner())
                    .append("dueOn", date(event.dueOn()));
            MilestoneAccount.planned(milestone, event.indicator(), agreement.getList("sides", String.class));
            List<Document> milestones = documents(agreement, "milestones");
            milestones.add(milestone);
            return agreement.append("milestones", milestones);
        });
    }

    @EventHandler
    public void on(MilestoneRescheduled event, @SequenceNumber long sequence) {
        changeMilestone(event.agreementId(), event.milestoneId(), sequence,
                        milestone -> milestone.append("dueOn", date(event.newDueOn())));
    }

    @EventHandler
    public void on(MilestoneCancelled event, @SequenceNumber long sequence) {
        changeMilestone(event.agreementId(), event.milestoneId(), sequence,
                        milestone -> milestone.append(MilestoneAccount.CANCELLED, true));
    }

    @EventHandler
    public void on(MilestoneProgressReported event, @SequenceNumber long sequence, @Timestamp Instant recordedAt) {
        change(event.agreementId(), sequence, agreement -> {
            lastReports.offer(event.body(), new BodyRow.LastReport(event.agreementId(), agreement.getString("ref"),
                                                                   event.milestoneId(), event.status(),
                                                                   event.occurredOn(), recordedAt), sequence);
            List<String> sides = agreement.getList("sides", String.class);
            return agreement.append("milestones", replacing(
                    documents(agreement, "milestones"), "milestoneId", event.milestoneId(),
                    milestone -> MilestoneAccount.reported(milestone, sequence, event.toSideReport(), sides)));
        });
    }

    /** The corrected report counts in the original's place, also as its body's last report if it is that. */
    @EventHandler
    public void on(MilestoneReportCorrected event, @SequenceNumber long sequence) {
        change(event.agreementId(), sequence, agreement -> {
            lastReports.correct(event.body(), event.agreementId(), event.correctedSequence(), event.status());
            List<String> sides = agreement.getList("sides", String.class);
            return agreement.append("milestones", replacing(
                    documents(agreement, "milestones"), "milestoneId", event.milestoneId(),
                    milestone -> MilestoneAccount.corrected(milestone, event.correctedSequence(),
                                                            event.toSideReport(), sides)));
        });
    }

    @ResetHandler
    public void reset() {
        postings.clear();
        lastReports.clear();
        agreements.clear();
    }

    /** Changes the agreement's document, and moves its milestones in the postings before the document is saved. */
    private void change(String agreementId, long sequence, UnaryOperator<Document> change) {
        agreements.apply(agreementId, sequence, agreement -> {
            if (agreement == null) {
                return null;
            }
            Map<String, Set<String>> before = BodyFacets.of(agreement);
            Document changed = change.apply(agreement);
            postings.move(before, BodyFacets.of(changed));
            return changed;
        });
    }

    private void changeMilestone(String agreementId, String milestoneId, long sequence,
                                 UnaryOperator<Document> change) {
        change(agreementId, sequence, agreement -> agreement.append(
                "milestones", replacing(documents(agreement, "milestones"), "milestoneId", milestoneId, change)));
    }
}
