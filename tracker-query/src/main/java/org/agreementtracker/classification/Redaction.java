package org.agreementtracker.classification;

import org.agreementtracker.api.agreement.AgreementEvent;
import org.agreementtracker.api.board.AgreementDetail;
import org.agreementtracker.api.board.AgreementPage;
import org.agreementtracker.api.board.AgreementRow;
import org.agreementtracker.api.board.BodyRow;
import org.agreementtracker.api.board.IndicatorProgress;
import org.agreementtracker.api.board.MilestoneDetail;
import org.agreementtracker.api.board.MilestonePage;
import org.agreementtracker.api.board.MilestoneRow;
import org.agreementtracker.api.board.ReportEntry;
import org.agreementtracker.api.board.ReviewEntry;
import org.agreementtracker.api.board.SummaryBoard;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.classification.ClassificationScheme;
import org.agreementtracker.api.classification.Clearance;
import org.agreementtracker.api.classification.Withheld;
import org.agreementtracker.api.history.HistoryEntry;
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.milestone.MilestoneEvent;
import org.agreementtracker.api.milestone.MilestoneProgressReported;
import org.agreementtracker.api.milestone.MilestoneReportCorrected;
import org.agreementtracker.api.review.ActionItemCompleted;
import org.agreementtracker.api.review.ReviewCorrected;
import org.agreementtracker.api.review.ReviewRecorded;
import org.axonframework.messaging.MetaData;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place where an answer is cut to its reader's clearance. Every item the reader may not read is replaced by
 * its withheld form (id, level, compartments, reason), in place, so lists keep their length and boards their counts;
 * nothing else of it is passed on. An agreement or milestone whose classification is not known here yet (its
 * projection is a moment behind) is withheld too: the read side fails closed.
 * <p>
 * The reader's clearance comes with the query's metadata ({@link Clearance#fromMetadata}); a query without one is
 * answered as for the public.
 */
public class Redaction {

    private final ClassificationScheme scheme;
    private final Classifications classifications;

    public Redaction(ClassificationScheme scheme, Classifications classifications) {
        this.scheme = scheme;
        this.classifications = classifications;
    }

    /** The clearance a query's metadata carries; the public's when it carries none. */
    public Clearance readerOf(MetaData metaData) {
        Clearance reader = metaData == null ? null : Clearance.fromMetadata(metaData);
        return reader == null ? scheme.anonymous() : reader;
    }

    /** The clearance that reads everything: for what the tracker works out before it cuts the answer to its reader. */
    public Clearance everything() {
        return new Clearance(scheme.levels().get(scheme.levels().size() - 1), Set.copyOf(scheme.compartments()), null);
    }

    /** Whether {@code reader} may read what is classified {@code classification}. */
    public boolean allows(Clearance reader, Classification classification) {
        return scheme.allows(reader, classification);
    }

    /** Whether {@code reader} may read every item whatever its classification, so nothing need be looked up. */
    public boolean readsEverything(Clearance reader) {
        List<String> levels = scheme.levels();
        return reader.level().equals(levels.get(levels.size() - 1))
                && reader.compartments().containsAll(scheme.compartments()) && reader.side() == null;
    }

    /**
     * What a filtered list leaves out for {@code reader}: the agreements they may not read, and the milestones
     * ({@code agreementId/milestoneId}) they may not read of agreements they may. Only the agreements that are not
     * plain, or whose level is beyond the reader, are looked up.
     */
    public Exclusions excluded(Clearance reader) {
        if (readsEverything(reader)) {
            return Exclusions.NONE;
        }
        List<String> levels = scheme.levels().stream()
                                    .filter(level -> scheme.allows(reader, Classification.of(level))).toList();
        Set<String> agreements = new HashSet<>();
        Set<String> milestones = new HashSet<>();
        boolean defaultReadable = levels.contains(scheme.defaultLevel());
        classifications.beyond(levels, defaultReadable).forEach((agreementId, classification) -> {
            if (classification == null || !scheme.allows(reader, scheme.orDefault(classification.agreement()))) {
                agreements.add(agreementId);
                return;
            }
            classification.milestones().keySet().stream()
                          .filter(milestoneId -> !scheme.allows(reader, classification.milestone(milestoneId, scheme)))
                          .forEach(milestoneId -> milestones.add(agreementId + "/" + milestoneId));
        });
        return new Exclusions(agreements, milestones);
    }

    /** The agreements and milestones a filtered list leaves out for its reader. */
    public record Exclusions(Set<String> agreements, Set<String> milestones) {

        public static final Exclusions NONE = new Exclusions(Set.of(), Set.of());
    }

    /** A view of the classifications of {@code agreementIds} for {@code reader}. */
    public View view(Clearance reader, Collection<String> agreementIds) {
        return new View(reader, classifications.of(Set.copyOf(agreementIds)));
    }

    public View view(Clearance reader, String agreementId) {
        return view(reader, List.of(agreementId));
    }

    public AgreementPage agreements(AgreementPage page, Clearance reader) {
        View view = view(reader, page.rows().stream().map(AgreementRow::id).toList());
        return new AgreementPage(page.rows().stream().map(view::row).toList(), page.total());
    }

    public MilestonePage milestones(MilestonePage page, Clearance reader) {
        View view = view(reader, page.rows().stream().map(MilestoneRow::agreementId).toList());
        return new MilestonePage(page.rows().stream().map(view::row).toList(), page.total());
    }

    public AgreementDetail detail(AgreementDetail detail, Clearance reader) {
        return detail == null ? null : view(reader, detail.id()).detail(detail);
    }

    public SummaryBoard summary(SummaryBoard board, Clearance reader) {
        View view = view(reader, board.indicators().stream().map(IndicatorProgress::agreementId).toList());
        return new SummaryBoard(board.byStatus(), board.bySector(), board.byConfidence(), board.milestones(),
                                board.indicators().stream().map(view::indicator).toList());
    }

    public List<BodyRow> bodies(List<BodyRow> rows, Clearance reader) {
        View view = view(reader, rows.stream().map(BodyRow::lastReport)
                                     .filter(report -> report != null)
                                     .map(BodyRow.LastReport::agreementId).toList());
        return rows.stream().map(view::body).toList();
    }

    /** An agreement's history: the events of items the reader may not read keep their place and hash, no content. */
    public List<HistoryEntry> history(String agreementId, List<HistoryEntry> entries, Clearance reader) {
        View view = view(reader, agreementId);
        return entries.stream().map(entry -> view.historyEntry(agreementId, entry)).toList();
    }

    /** What {@code reader} may read of an agreement's classifications. */
    public final class View {

        private final Clearance reader;
        private final Map<String, AgreementClassification> known;

        private View(Clearance reader, Map<String, AgreementClassification> known) {
            this.reader = reader;
            this.known = known;
        }

        /** {@code null} when the reader may read the agreement, else why not. */
        public Withheld withheldAgreement(String agreementId) {
            AgreementClassification classification = known.get(agreementId);
            if (classification == null) {
                return pending();
            }
            Classification agreement = scheme.orDefault(classification.agreement());
            return scheme.allows(reader, agreement) ? null : Withheld.beyond(agreement);
        }

        /** {@code null} when the reader may read the milestone (and so its agreement), else why not. */
        public Withheld withheldMilestone(String agreementId, String milestoneId) {
            AgreementClassification classification = known.get(agreementId);
            if (classification == null || !classification.knows(milestoneId)) {
                return pending();
            }
            Classification milestone = classification.milestone(milestoneId, scheme);
            return scheme.allows(reader, milestone) ? null : Withheld.beyond(milestone);
        }

        /** {@code null} when the reader may read a report of the milestone, else why not. */
        public Withheld withheldReport(String agreementId, String milestoneId, String reportId) {
            Withheld milestone = withheldMilestone(agreementId, milestoneId);
            if (milestone != null) {
                return milestone;
            }
            AgreementClassification classification = known.get(agreementId);
            if (!classification.knowsReport(reportId)) {
                return pending();
            }
            Classification report = classification.report(milestoneId, reportId, scheme);
            return scheme.allows(reader, report) ? null : Withheld.beyond(report);
        }

        /** {@code null} when the reader may read a review of the agreement, else why not. */
        public Withheld withheldReview(String agreementId, String reviewId) {
            Withheld agreement = withheldAgreement(agreementId);
            if (agreement != null) {
                return agreement;
            }
            AgreementClassification classification = known.get(agreementId);
            if (!classification.knowsReview(reviewId)) {
                return pending();
            }
            Classification review = classification.review(reviewId, scheme);
            return scheme.allows(reader, review) ? null : Withheld.beyond(review);
        }

        /**
         * {@code null} when the reader may read what an event of the agreement is about: the most particular item it
         * names, a report, a review, a milestone, or else the agreement itself.
         */
        public Withheld withheld(String agreementId, String milestoneId, String reportId, String reviewId,
                                 List<Classification> evidence) {
            if (reportId != null && milestoneId != null) {
                Withheld report = withheldReport(agreementId, milestoneId, reportId);
                return report != null ? report : withheldEvidence(agreementId, milestoneId, reportId, evidence);
            }
            if (reviewId != null) {
                return withheldReview(agreementId, reviewId);
            }
            return milestoneId != null ? withheldMilestone(agreementId, milestoneId) : withheldAgreement(agreementId);
        }

        /**
         * {@code null} when the reader may read every piece of evidence of a report they may read, else why not: an
         * event that carries a piece they may not read is withheld whole (its evidence cannot be cut out of it).
         */
        private Withheld withheldEvidence(String agreementId, String milestoneId, String reportId,
                                          List<Classification> evidence) {
            Classification report = known.get(agreementId).report(milestoneId, reportId, scheme);
            for (Classification own : evidence) {
                Classification item = scheme.join(report, own);
                if (!scheme.allows(reader, item)) {
                    return new Withheld(item.level(), item.compartments(), "Holds evidence classified "
                            + item.describe() + "; your clearance does not allow it");
                }
            }
            return null;
        }

        public Withheld withheld(AgreementEvent event) {
            String milestoneId = event instanceof MilestoneEvent milestone ? milestone.milestoneId() : null;
            List<Evidence> evidence = event instanceof MilestoneProgressReported reported ? reported.evidence()
                    : event instanceof MilestoneReportCorrected corrected ? corrected.evidence() : List.of();
            String reportId = event instanceof MilestoneProgressReported reported ? reported.reportId()
                    : event instanceof MilestoneReportCorrected corrected ? corrected.reportId() : null;
            String reviewId = event instanceof ReviewRecorded reviewed ? reviewed.reviewId()
                    : event instanceof ReviewCorrected corrected ? corrected.reviewId()
                    : event instanceof ActionItemCompleted completed ? completed.reviewId() : null;
            return withheld(event.agreementId(), milestoneId, reportId, reviewId,
                            evidence.stream().map(Evidence::classification).toList());
        }

        AgreementRow row(AgreementRow row) {
            Withheld withheld = withheldAgreement(row.id());
            return withheld != null ? AgreementRow.withheld(row.id(), withheld)
                    : row.classified(scheme.orDefault(known.get(row.id()).agreement()));
        }

        MilestoneRow row(MilestoneRow row) {
            Withheld withheld = withheldMilestone(row.agreementId(), row.milestoneId());
            return withheld != null ? MilestoneRow.withheld(row.milestoneId(), withheld)
                    : row.classified(known.get(row.agreementId()).milestone(row.milestoneId(), scheme));
        }

        AgreementDetail detail(AgreementDetail detail) {
            Withheld withheld = withheldAgreement(detail.id());
            if (withheld != null) {
                return AgreementDetail.withheld(detail.id(), detail.version(), withheld);
            }
            AgreementClassification classification = known.get(detail.id());
            List<MilestoneDetail> milestones = new ArrayList<>();
            for (MilestoneDetail milestone : detail.milestones()) {
                Withheld hidden = withheldMilestone(detail.id(), milestone.milestoneId());
                milestones.add(hidden != null ? MilestoneDetail.withheld(milestone.milestoneId(), hidden)
                        : milestone.classified(classification.milestone(milestone.milestoneId(), scheme),
                                               milestone.reports().stream().map(report -> report(
                                                       detail.id(), milestone.milestoneId(), report)).toList()));
            }
            List<ReviewEntry> reviews = detail.reviews().stream().map(review -> {
                Withheld hidden = withheldReview(detail.id(), review.reviewId());
                return hidden == null ? review : ReviewEntry.withheld(review.reviewId(), hidden);
            }).toList();
            return detail.classified(scheme.orDefault(classification.agreement()), classification.declassifyOn(),
                                     milestones, reviews);
        }

        private ReportEntry report(String agreementId, String milestoneId, ReportEntry report) {
            Withheld hidden = withheldReport(agreementId, milestoneId, report.reportId());
            if (hidden != null) {
                return ReportEntry.withheld(report.reportId(), hidden);
            }
            Classification classification = known.get(agreementId).report(milestoneId, report.reportId(), scheme);
            return report.withEvidence(report.evidence().stream().map(evidence -> {
                Classification item = scheme.join(classification, evidence.classification());
                return scheme.allows(reader, item) ? evidence : evidence.withheldAs(Withheld.beyond(item));
            }).toList());
        }

        IndicatorProgress indicator(IndicatorProgress indicator) {
            Withheld withheld = withheldMilestone(indicator.agreementId(), indicator.milestoneId());
            return withheld == null ? indicator : IndicatorProgress.withheld(indicator.milestoneId(), withheld);
        }

        BodyRow body(BodyRow row) {
            BodyRow.LastReport report = row.lastReport();
            if (report == null) {
                return row;
            }
            Withheld withheld = withheldMilestone(report.agreementId(), report.milestoneId());
            return withheld == null ? row : row.withLastReport(BodyRow.LastReport.withheld(report.milestoneId(),
                                                                                           withheld));
        }

        HistoryEntry historyEntry(String agreementId, HistoryEntry entry) {
            Withheld withheld = entry.payload() instanceof AgreementEvent event ? withheld(event)
                    : withheldAgreement(agreementId);
            return withheld == null ? entry : new HistoryEntry(entry.position(), entry.sequence(), WITHHELD_TYPE,
                                                               entry.recordedAt(), null, null, null,
                                                               Map.of("withheld", withheld), entry.hash());
        }
    }

    /** The type a withheld event of a history is shown as, in place of its own. */
    public static final String WITHHELD_TYPE = "Withheld";

    private Withheld pending() {
        List<String> levels = scheme.levels();
        return new Withheld(levels.get(levels.size() - 1), List.of(),
                            "Its classification is not yet known to this node; it is withheld until it is");
    }


}
