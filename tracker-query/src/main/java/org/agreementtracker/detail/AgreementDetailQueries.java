package org.agreementtracker.detail;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.actor.Role;
import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.agreement.Party;
import org.agreementtracker.api.agreement.Signatory;
import org.agreementtracker.api.board.ActionItemEntry;
import org.agreementtracker.api.board.AgreementDetail;
import org.agreementtracker.api.board.CorrectionNote;
import org.agreementtracker.api.board.DueDateChange;
import org.agreementtracker.api.board.EvidenceEntry;
import org.agreementtracker.api.board.FindAgreement;
import org.agreementtracker.api.board.MilestoneDetail;
import org.agreementtracker.api.board.ReportEntry;
import org.agreementtracker.api.board.ReviewEntry;
import org.agreementtracker.api.board.StatusChange;
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.api.milestone.LatestReports;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.milestone.Reconciliation;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.api.milestone.SideReport;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;
import org.agreementtracker.classification.Classifications;
import org.agreementtracker.readmodel.MilestoneAccount;
import org.agreementtracker.readmodel.Values;
import org.agreementtracker.readmodel.VersionedDocuments;
import org.bson.Document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.agreementtracker.readmodel.Fields.DUE_ON;
import static org.agreementtracker.readmodel.Fields.MILESTONES;
import static org.agreementtracker.readmodel.Fields.MILESTONE_ID;
import static org.agreementtracker.readmodel.Fields.OWNER;
import static org.agreementtracker.readmodel.Fields.REF;
import static org.agreementtracker.readmodel.Fields.STATUS;
import static org.agreementtracker.readmodel.Fields.TITLE;
import static org.agreementtracker.readmodel.Values.date;
import static org.agreementtracker.readmodel.Values.decimal;
import static org.agreementtracker.readmodel.Values.each;
import static org.agreementtracker.readmodel.Values.enumOf;
import static org.agreementtracker.readmodel.Values.instant;
import static org.agreementtracker.readmodel.Values.integer;
import static org.agreementtracker.readmodel.Values.strings;

/**
 * Answers {@link FindAgreement} from {@value AgreementDetailProjection#COLLECTION} by {@code _id}. Each milestone's
 * reports are folded in the order recorded and reconciled as the aggregate does; overdue milestones and action items
 * are judged against today by {@code clock}.
 */
public class AgreementDetailQueries {

    private final VersionedDocuments details;
    private final Clock clock;

    public AgreementDetailQueries(MongoDatabase database, Clock clock) {
        this.details = new VersionedDocuments(database.getCollection(AgreementDetailProjection.COLLECTION));
        this.clock = clock;
    }

    /** The agreement, or {@code null} when there is none with that id. */
    public AgreementDetail find(FindAgreement query) {
        Document detail = details.find(query.agreementId());
        return detail == null ? null : detail(detail, LocalDate.now(clock));
    }

    public static AgreementDetail detail(Document detail, LocalDate today) {
        List<Party> parties = each(detail, "parties", party -> new Party(party.getString("body"),
                                                                        party.getString("country")));
        List<String> sides = MilestoneAccount.sides(parties);
        Document signature = detail.get("signature", Document.class);
        Document announcement = detail.get("announcement", Document.class);
        return new AgreementDetail(
                detail.getString("_id"),
                detail.getString(REF),
                detail.getString(TITLE),
                enumOf(AgreementKind.class, detail.get("kind")),
                strings(detail, "sectors"),
                detail.getString("summary"),
                date(detail.get("validFrom")),
                date(detail.get("validUntil")),
                detail.getString("parentRef"),
                parties,
                enumOf(AgreementStatus.class, detail.get(STATUS)),
                signature == null ? null : new AgreementDetail.Signature(
                        date(signature.get("signedOn")),
                        signature.getString("place"),
                        each(signature, "signatories", signatory -> new Signatory(signatory.getString("name"),
                                                                                  signatory.getString("role"),
                                                                                  signatory.getString("side")))),
                announcement == null ? null : new AgreementDetail.Announcement(date(announcement.get("announcedOn")),
                                                                               announcement.getString("note")),
                each(detail, "statusHistory", step -> new StatusChange(enumOf(AgreementStatus.class, step.get(STATUS)),
                                                                       date(step.get("effectiveOn")),
                                                                       step.getString("reason"),
                                                                       instant(step.get("recordedAt")))),
                each(detail, MILESTONES, milestone -> milestone(milestone, sides, today)),
                each(detail, "reviews", review -> review(review, today)),
                ((Number) detail.get(VersionedDocuments.VERSION)).longValue(), null, null, null);
    }

    private static MilestoneDetail milestone(Document milestone, List<String> sides, LocalDate today) {
        List<ReportEntry> reports = each(milestone, "reports", AgreementDetailQueries::report);
        LatestReports latest = LatestReports.none();
        for (ReportEntry report : reports) {
            latest = latest.with(new SideReport(report.side(), report.occurredOn(), report.status(),
                                                report.progressPercent(), report.indicatorValue()));
        }
        Indicator indicator = MilestoneAccount.indicator(milestone);
        Reconciliation reconciliation = latest.reconcile(sides, indicator);
        boolean cancelled = Boolean.TRUE.equals(milestone.getBoolean("cancelled"));
        MilestoneStatus status = cancelled ? MilestoneStatus.CANCELLED : reconciliation.status();
        LocalDate dueOn = date(milestone.get(DUE_ON));
        return new MilestoneDetail(
                milestone.getString(MILESTONE_ID),
                milestone.getString(TITLE),
                milestone.getString(OWNER),
                milestone.getString("ownerSide"),
                milestone.getInteger("weight"),
                indicator,
                dueOn,
                each(milestone, "dueDateHistory", change -> new DueDateChange(date(change.get("previousDueOn")),
                                                                              date(change.get("newDueOn")),
                                                                              change.getString("reason"),
                                                                              instant(change.get("recordedAt")))),
                status,
                status.overdue(dueOn, today),
                milestone.getString("cancellationReason"),
                reconciliation,
                reports, null, null);
    }

    private static ReportEntry report(Document report) {
        Document actor = report.get("reportedBy", Document.class);
        return new ReportEntry(
                report.getString("reportId"),
                report.getString("side"),
                report.getString("body"),
                actor(actor),
                date(report.get("occurredOn")),
                instant(report.get("recordedAt")),
                enumOf(ReportStatus.class, report.get(STATUS)),
                integer(report.get("progressPercent")),
                decimal(report.get("indicatorValue")),
                report.getString("note"),
                evidence(Values.evidence(report, "evidence")),
                correction(report));
    }

    private static List<EvidenceEntry> evidence(List<Evidence> stored) {
        List<EvidenceEntry> evidence = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            evidence.add(EvidenceEntry.of(i, stored.get(i)));
        }
        return evidence;
    }

    private static ReviewEntry review(Document review, LocalDate today) {
        return new ReviewEntry(
                review.getString("reviewId"),
                date(review.get("reviewedOn")),
                instant(review.get("recordedAt")),
                enumOf(ImplementationScore.class, review.get("score")),
                enumOf(Confidence.class, review.get("confidence")),
                review.getString("findings"),
                each(review, "actions", action -> {
                    LocalDate dueOn = date(action.get(DUE_ON));
                    LocalDate completedOn = date(action.get("completedOn"));
                    return new ActionItemEntry(action.getString("actionId"),
                                               action.getString(TITLE),
                                               action.getString(OWNER),
                                               dueOn,
                                               completedOn,
                                               action.getString("completionNote"),
                                               completedOn == null && dueOn != null && dueOn.isBefore(today));
                }),
                correction(review));
    }

    private static Actor actor(Document actor) {
        return actor == null ? null : new Actor(actor.getString("user"), enumOf(Role.class, actor.get("role")),
                                                actor.getString("side"), actor.getString("body"));
    }

    private static CorrectionNote correction(Document corrected) {
        Document correction = corrected.get("correction", Document.class);
        return correction == null ? null : new CorrectionNote(correction.getString("reason"),
                                                              instant(correction.get("recordedAt")),
                                                              actor(correction.get("correctedBy", Document.class)),
                                                              ((Number) correction.get("sequence")).longValue());
    }
}
