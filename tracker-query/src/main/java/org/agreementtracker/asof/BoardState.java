package org.agreementtracker.asof;

import org.agreementtracker.api.agreement.AgreementEvent;
import org.agreementtracker.api.board.BodyRow;
import org.agreementtracker.api.milestone.MilestoneEvent;
import org.agreementtracker.api.milestone.MilestoneReportCorrected;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.board.BoardRows;
import org.agreementtracker.bodies.BodyDocuments;
import org.agreementtracker.bodies.LastReports;
import org.agreementtracker.milestones.MilestoneDocuments;
import org.agreementtracker.readmodel.Fold;
import org.agreementtracker.readmodel.Recorded;
import org.agreementtracker.readmodel.Values;
import org.agreementtracker.readmodel.VersionedDocuments;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.agreementtracker.readmodel.Fields.AGREEMENT_ID;
import static org.agreementtracker.readmodel.Fields.AGREEMENT_REF;
import static org.agreementtracker.readmodel.Fields.MILESTONES;
import static org.agreementtracker.readmodel.Fields.MILESTONE_ID;
import static org.agreementtracker.readmodel.Fields.STATUS;

/**
 * The documents of the board, milestone and bodies read models, held in memory and changed by the same folds as the
 * live projections ({@link BoardRows#FOLD}, {@link MilestoneDocuments}, {@link BodyDocuments#FOLD}): what those read
 * models would hold after the events applied so far. Not thread-safe; one state answers one question.
 */
public final class BoardState {

    private static final Logger log = LoggerFactory.getLogger(BoardState.class);

    private final Map<String, Document> rows = new HashMap<>();
    private final Map<String, Document> bodies = new HashMap<>();
    private final Map<String, Document> milestoneAgreements = new HashMap<>();
    private final Map<String, Document> milestones = new HashMap<>();
    private final Map<String, HeldReport> lastReports = new HashMap<>();
    private final Fold milestoneFold = MilestoneDocuments.milestone(milestoneAgreements::get);
    private final Set<String> parked = new HashSet<>();

    /**
     * A body's last report and the sequence number (in its agreement) of the event that recorded it, by which a
     * correction finds it; {@code null} when it came from a checkpoint taken before sequences were kept.
     */
    private record HeldReport(BodyRow.LastReport report, Long sequence) {
    }

    /**
     * Takes in one event, as each projection would; an event the folds cannot take (its payload does not read, a
     * fold refuses it) is parked with every later event of its agreement, as the projections park it, and changes
     * nothing.
     */
    public void apply(EventMessage<?> event) {
        String agreementId = event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        if (agreementId != null && parked.contains(agreementId)) {
            return;
        }
        try {
            apply(event.getPayload(), Recorded.of(event));
        } catch (RuntimeException poison) {
            if (agreementId == null) {
                throw poison;
            }
            log.warn("As of a moment, the events of {} from {} on are left out, as the projections park them: {}",
                     agreementId, event.getIdentifier(), poison.toString());
            parked.add(agreementId);
        }
    }

    /** Takes in one event's payload; every fold runs on copies before any document changes. */
    void apply(Object payload, Recorded recorded) {
        if (!(payload instanceof AgreementEvent event)) {
            return;
        }
        String agreementId = event.agreementId();
        Document row = BoardRows.FOLD.apply(Values.copy(rows.get(agreementId)), event, recorded);
        BodyDocuments.BodyReport report = BodyDocuments.lastReport(bodies.get(agreementId), event, recorded);
        boolean knownToBodies = bodies.containsKey(agreementId);
        Document body = BodyDocuments.FOLD.apply(Values.copy(bodies.get(agreementId)), event, recorded);
        Document milestoneAgreement = MilestoneDocuments.AGREEMENT.apply(
                Values.copy(milestoneAgreements.get(agreementId)), event, recorded);
        String milestoneKey = event instanceof MilestoneEvent milestoneEvent
                ? MilestoneDocuments.id(agreementId, milestoneEvent.milestoneId()) : null;
        Document milestone = milestoneKey == null ? null
                : milestoneFold.apply(Values.copy(milestones.get(milestoneKey)), event, recorded);

        put(rows, agreementId, row, recorded);
        if (report != null) {
            HeldReport held = lastReports.get(report.body());
            if (held == null || LastReports.order(report.report()).compareTo(LastReports.order(held.report())) > 0) {
                lastReports.put(report.body(), new HeldReport(report.report(), recorded.sequence()));
            }
        }
        if (knownToBodies && event instanceof MilestoneReportCorrected correction) {
            correctLastReport(correction);
        }
        put(bodies, agreementId, body, recorded);
        put(milestoneAgreements, agreementId, milestoneAgreement, recorded);
        if (milestoneKey != null) {
            put(milestones, milestoneKey, milestone, recorded);
        }
    }

    /** The agreements whose events from one on are left out, as the projections park them. */
    List<String> parked() {
        return List.copyOf(new TreeSet<>(parked));
    }

    void loadParked(List<String> agreementIds) {
        if (agreementIds != null) {
            parked.addAll(agreementIds);
        }
    }

    /** As the bodies projection does: the corrected status, if the corrected report is still its body's last. */
    private void correctLastReport(MilestoneReportCorrected correction) {
        HeldReport held = lastReports.get(correction.body());
        if (held != null && held.report().agreementId().equals(correction.agreementId())
                && Long.valueOf(correction.correctedSequence()).equals(held.sequence())) {
            BodyRow.LastReport report = held.report();
            lastReports.put(correction.body(), new HeldReport(new BodyRow.LastReport(
                    report.agreementId(), report.agreementRef(), report.milestoneId(), correction.status(),
                    report.occurredOn(), report.recordedAt()), held.sequence()));
        }
    }

    private static void put(Map<String, Document> documents, String key, Document changed, Recorded recorded) {
        if (changed != null) {
            documents.put(key, changed.append(VersionedDocuments.VERSION, recorded.sequence()));
        }
    }

    /** The board's rows, in the board's order (that of their {@code _id}). */
    public List<Document> rows() {
        List<Document> ordered = new ArrayList<>(rows.values());
        ordered.sort((a, b) -> a.getString("_id").compareTo(b.getString("_id")));
        return ordered;
    }

    public List<Document> bodyDocuments() {
        return List.copyOf(bodies.values());
    }

    public List<Document> milestones() {
        return List.copyOf(milestones.values());
    }

    public Map<String, BodyRow.LastReport> lastReports() {
        Map<String, BodyRow.LastReport> reports = new HashMap<>();
        lastReports.forEach((body, held) -> reports.put(body, held.report()));
        return Map.copyOf(reports);
    }

    public int agreements() {
        return rows.size();
    }

    /** The state as documents of at most {@code size} agreements each, for a checkpoint. */
    List<Document> chunks(int size) {
        Map<String, List<Document>> milestonesOf = new HashMap<>();
        milestones.forEach((id, milestone) -> milestonesOf
                .computeIfAbsent(milestone.getString(AGREEMENT_ID), agreement -> new ArrayList<>()).add(milestone));
        List<String> ids = new ArrayList<>(milestoneAgreements.keySet());
        rows.keySet().forEach(id -> {
            if (!milestoneAgreements.containsKey(id)) {
                ids.add(id);
            }
        });
        List<Document> chunks = new ArrayList<>();
        List<Document> entries = new ArrayList<>();
        for (String id : ids) {
            entries.add(new Document(AGREEMENT_ID, id)
                                .append("row", rows.get(id))
                                .append("bodies", bodies.get(id))
                                .append("agreement", milestoneAgreements.get(id))
                                .append(MILESTONES, milestonesOf.getOrDefault(id, List.of())));
            if (entries.size() == size) {
                chunks.add(new Document("agreements", entries));
                entries = new ArrayList<>();
            }
        }
        if (!entries.isEmpty() || chunks.isEmpty()) {
            chunks.add(new Document("agreements", entries));
        }
        return chunks;
    }

    /** The last reports, for a checkpoint's head. */
    Document lastReportsDocument() {
        Document all = new Document();
        lastReports.forEach((body, held) -> {
            BodyRow.LastReport report = held.report();
            all.append(body, new Document(AGREEMENT_ID, report.agreementId())
                    .append(AGREEMENT_REF, report.agreementRef())
                    .append(MILESTONE_ID, report.milestoneId())
                    .append(STATUS, Values.name(report.status()))
                    .append("occurredOn", Values.date(report.occurredOn()))
                    .append("recordedAt", Values.instant(report.recordedAt()))
                    .append("sequence", held.sequence()));
        });
        return all;
    }

    /** Adds what a checkpoint's chunk holds. */
    void load(Document chunk) {
        for (Document entry : Values.documents(chunk, "agreements")) {
            String id = entry.getString(AGREEMENT_ID);
            putIfPresent(rows, id, entry.get("row", Document.class));
            putIfPresent(bodies, id, entry.get("bodies", Document.class));
            putIfPresent(milestoneAgreements, id, entry.get("agreement", Document.class));
            for (Document milestone : Values.documents(entry, MILESTONES)) {
                milestones.put(milestone.getString("_id"), milestone);
            }
        }
    }

    void loadLastReports(Document all) {
        if (all == null) {
            return;
        }
        for (String body : all.keySet()) {
            Document report = all.get(body, Document.class);
            lastReports.put(body, new HeldReport(new BodyRow.LastReport(
                    report.getString(AGREEMENT_ID), report.getString(AGREEMENT_REF),
                    report.getString(MILESTONE_ID), Values.enumOf(ReportStatus.class, report.get(STATUS)),
                    Values.date(report.get("occurredOn")), Values.instant(report.get("recordedAt"))),
                    report.get("sequence") instanceof Number sequence ? sequence.longValue() : null));
        }
    }

    private static void putIfPresent(Map<String, Document> documents, String key, Document document) {
        if (document != null) {
            documents.put(key, document);
        }
    }
}
