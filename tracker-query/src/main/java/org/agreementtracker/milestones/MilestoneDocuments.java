package org.agreementtracker.milestones;

import org.agreementtracker.api.agreement.AgreementRegistered;
import org.agreementtracker.api.milestone.MilestoneCancelled;
import org.agreementtracker.api.milestone.MilestonePlanned;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.MilestoneReportCorrected;
import org.agreementtracker.api.milestone.MilestoneRescheduled;
import org.agreementtracker.readmodel.Fields;
import org.agreementtracker.readmodel.Fold;
import org.agreementtracker.readmodel.MilestoneAccount;
import org.bson.Document;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import static org.agreementtracker.readmodel.Values.date;

/**
 * How the documents of {@link MilestonesProjection} take in events, as pure {@link Fold}s applied to stored documents
 * by the projection and to documents in memory by the as-of engine: {@link #AGREEMENT}, what a milestone needs of its
 * agreement; {@link #milestone(Function)}, one milestone, planned with the help of its agreement's document.
 */
public final class MilestoneDocuments {

    public static final Fold AGREEMENT = Fold.builder()
            .creating(AgreementRegistered.class, (event, recorded) -> new Document(Fields.REF, event.ref())
                    .append("sides", MilestoneAccount.sides(event.parties())))
            .build();

    private MilestoneDocuments() {
    }

    /** A milestone's {@code _id}. */
    public static String id(String agreementId, String milestoneId) {
        return agreementId + "/" + milestoneId;
    }

    /** The fold of one milestone; {@code agreements} finds an agreement's document of {@link #AGREEMENT}. */
    public static Fold milestone(Function<String, Document> agreements) {
        return Fold.builder()
                .creating(MilestonePlanned.class, (event, recorded) -> planned(event,
                                                                               agreements.apply(event.agreementId())))
                .changing(MilestoneRescheduled.class, (milestone, event, recorded) -> withOpen(
                        milestone.append(Fields.DUE_ON, date(event.newDueOn()))))
                .changing(MilestoneCancelled.class, (milestone, event, recorded) -> withOpen(
                        milestone.append(MilestoneAccount.CANCELLED, true)))
                .changing(MilestoneProgressReported.class, (milestone, event, recorded) -> {
                    LocalDate last = date(milestone.get("lastReportedOn"));
                    if (last == null || event.occurredOn().isAfter(last)) {
                        milestone.append("lastReportedOn", date(event.occurredOn()));
                    }
                    return withOpen(MilestoneAccount.reported(milestone, event.toSideReport(),
                                                              milestone.getList("sides", String.class)));
                })
                // the corrected report counts in the original's place, also for the date last reported on
                .changing(MilestoneReportCorrected.class, (milestone, event, recorded) -> {
                    MilestoneAccount.corrected(milestone, event.accounts(), milestone.getList("sides", String.class));
                    LocalDate last = MilestoneAccount.lastReportedOn(milestone);
                    return withOpen(last == null ? milestone : milestone.append("lastReportedOn", date(last)));
                })
                .build();
    }

    private static Document planned(MilestonePlanned event, Document agreement) {
        // the agreement is registered before anything is planned for it; should it be missing, the owner's side is
        // the one side known
        List<String> sides = agreement == null
                ? List.of(event.ownerSide())
                : agreement.getList("sides", String.class);
        Document milestone = new Document("_id", id(event.agreementId(), event.milestoneId()))
                .append(Fields.AGREEMENT_ID, event.agreementId())
                .append(Fields.AGREEMENT_REF, agreement == null ? null : agreement.getString(Fields.REF))
                .append(Fields.MILESTONE_ID, event.milestoneId())
                .append(Fields.TITLE, event.title())
                .append(Fields.OWNER, event.owner())
                .append("ownerSide", event.ownerSide())
                .append("weight", event.weight())
                .append(Fields.DUE_ON, date(event.dueOn()))
                .append("sides", sides)
                .append("lastReportedOn", null);
        return withOpen(MilestoneAccount.planned(milestone, event.indicator(), sides));
    }

    /** {@code open} (neither cancelled nor achieved), kept so that "overdue" is a plain filter. */
    private static Document withOpen(Document milestone) {
        return milestone.append("open", MilestoneAccount.status(milestone).open());
    }
}
