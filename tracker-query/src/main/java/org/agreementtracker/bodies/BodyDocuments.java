package org.agreementtracker.bodies;

import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.board.BodyRow;
import org.agreementtracker.api.milestone.MilestoneCancelled;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.MilestoneReportCorrected;
import org.agreementtracker.api.milestone.MilestoneRescheduled;
import org.agreementtracker.readmodel.Fold;
import org.agreementtracker.readmodel.MilestoneAccount;
import org.agreementtracker.readmodel.Recorded;
import org.bson.Document;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.agreementtracker.readmodel.Fields.DUE_ON;
import static org.agreementtracker.readmodel.Fields.MILESTONES;
import static org.agreementtracker.readmodel.Fields.MILESTONE_ID;
import static org.agreementtracker.readmodel.Fields.OWNER;
import static org.agreementtracker.readmodel.Fields.REF;
import static org.agreementtracker.readmodel.Values.date;
import static org.agreementtracker.readmodel.Values.documents;
import static org.agreementtracker.readmodel.Values.replacing;

/**
 * How an agreement's document of the bodies board (see {@link BodiesBoardProjection}) takes in each event, as a pure
 * {@link Fold}; and the last report an event offers its body ({@link #lastReport}). The projection applies both to
 * what it stores, the as-of engine to what it keeps in memory.
 */
public final class BodyDocuments {

    public static final Fold FOLD = Fold.builder()
            .creating(AgreementRegistered.class, (event, recorded) -> new Document("_id", event.agreementId())
                    .append(REF, event.ref())
                    .append("sides", MilestoneAccount.sides(event.parties()))
                    .append(MILESTONES, List.of()))
            .changing(MilestonePlanned.class, (agreement, event, recorded) -> {
                Document milestone = new Document(MILESTONE_ID, event.milestoneId())
                        .append(OWNER, event.owner())
                        .append(DUE_ON, date(event.dueOn()));
                MilestoneAccount.planned(milestone, event.indicator(), agreement.getList("sides", String.class));
                List<Document> milestones = documents(agreement, MILESTONES);
                milestones.add(milestone);
                return agreement.append(MILESTONES, milestones);
            })
            .changing(MilestoneRescheduled.class, (agreement, event, recorded) -> milestone(
                    agreement, event.milestoneId(), milestone -> milestone.append(DUE_ON, date(event.newDueOn()))))
            .changing(MilestoneCancelled.class, (agreement, event, recorded) -> milestone(
                    agreement, event.milestoneId(), milestone -> milestone.append(MilestoneAccount.CANCELLED, true)))
            .changing(MilestoneProgressReported.class, (agreement, event, recorded) -> {
                List<String> sides = agreement.getList("sides", String.class);
                return milestone(agreement, event.milestoneId(),
                                 milestone -> MilestoneAccount.reported(milestone, event.toSideReport(), sides));
            })
            // the corrected report counts in the original's place
            .changing(MilestoneReportCorrected.class, (agreement, event, recorded) -> {
                List<String> sides = agreement.getList("sides", String.class);
                return milestone(agreement, event.milestoneId(),
                                 milestone -> MilestoneAccount.corrected(milestone, event.accounts(), sides));
            })
            .build();

    private BodyDocuments() {
    }

    /** A report given on a body's account. */
    public record BodyReport(String body, BodyRow.LastReport report) {
    }

    /** The report an event gives on its body's account, if it is one; {@code agreement} as before the event. */
    public static BodyReport lastReport(Document agreement, Object event, Recorded recorded) {
        if (agreement == null || !(event instanceof MilestoneProgressReported report)) {
            return null;
        }
        return new BodyReport(report.body(), new BodyRow.LastReport(
                report.agreementId(), agreement.getString(REF), report.milestoneId(), report.status(),
                report.occurredOn(), recorded.recordedAt()));
    }

    private static Document milestone(Document agreement, String milestoneId, UnaryOperator<Document> change) {
        return agreement.append(MILESTONES, replacing(documents(agreement, MILESTONES), MILESTONE_ID,
                                                        milestoneId, change));
    }
}
