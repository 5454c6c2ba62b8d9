package org.agreementtracker.bodies;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.milestone.MilestoneCancelled;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.MilestoneRescheduled;
import org.agreementtracker.readmodel.MilestoneAccount;
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
import java.util.function.UnaryOperator;

import static org.agreementtracker.readmodel.Values.date;
import static org.agreementtracker.readmodel.Values.documents;
import static org.agreementtracker.readmodel.Values.name;
import static org.agreementtracker.readmodel.Values.replacing;

/**
 * Keeps collection {@value #COLLECTION}: one document per agreement with what the bodies board needs of it, the owner,
 * due date and reconciled status of each milestone and, per body, the latest report given on its account there.
 * <pre>
 * {_id: agreementId, version, ref, sides,
 *  milestones: [{milestoneId, owner, dueOn, indicator, latest, status, progressPercent, reading, cancelled}],
 *  lastReports: [{body, milestoneId, status, occurredOn, recordedAt}]}
 * </pre>
 * A body's figures span agreements, so they are summed when asked ({@link BodiesBoardQueries}); keeping the documents
 * per agreement lets every event change exactly one document, found by {@code _id}, guarded by its version.
 */
@ProcessingGroup(BodiesBoardProjection.PROCESSING_GROUP)
public class BodiesBoardProjection {

    public static final String PROCESSING_GROUP = "bodies-board";
    public static final String COLLECTION = "bodies_board";

    private final VersionedDocuments agreements;

    public BodiesBoardProjection(MongoDatabase database) {
        this.agreements = new VersionedDocuments(database.getCollection(COLLECTION));
    }

    @EventHandler
    public void on(AgreementRegistered event, @SequenceNumber long sequence) {
        agreements.apply(event.agreementId(), sequence, current -> new Document("ref", event.ref())
                .append("sides", MilestoneAccount.sides(event.parties()))
                .append("milestones", List.of())
                .append("lastReports", List.of()));
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
            List<String> sides = agreement.getList("sides", String.class);
            agreement.append("milestones", replacing(
                    documents(agreement, "milestones"), "milestoneId", event.milestoneId(),
                    milestone -> MilestoneAccount.reported(milestone, event.toSideReport(), sides)));
            List<Document> lastReports = documents(agreement, "lastReports");
            Document last = lastReports.stream().filter(report -> event.body().equals(report.getString("body")))
                                       .findFirst().orElse(null);
            // the latest business date stands; of two on one date, the one recorded later (this one)
            if (last == null || !event.occurredOn().isBefore(date(last.get("occurredOn")))) {
                lastReports.remove(last);
                lastReports.add(new Document("body", event.body())
                                        .append("milestoneId", event.milestoneId())
                                        .append("status", name(event.status()))
                                        .append("occurredOn", date(event.occurredOn()))
                                        .append("recordedAt", Values.instant(recordedAt)));
            }
            return agreement.append("lastReports", lastReports);
        });
    }

    @ResetHandler
    public void reset() {
        agreements.clear();
    }

    private void change(String agreementId, long sequence, UnaryOperator<Document> change) {
        agreements.apply(agreementId, sequence, agreement -> agreement == null ? null : change.apply(agreement));
    }

    private void changeMilestone(String agreementId, String milestoneId, long sequence,
                                 UnaryOperator<Document> change) {
        change(agreementId, sequence, agreement -> agreement.append(
                "milestones", replacing(documents(agreement, "milestones"), "milestoneId", milestoneId, change)));
    }
}
