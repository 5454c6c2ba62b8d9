package org.agreementtracker.bodies;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.agreementtracker.api.board.BodyRow;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.readmodel.BatchWrites;
import org.agreementtracker.readmodel.Fields;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.agreementtracker.readmodel.Values.date;
import static org.agreementtracker.readmodel.Values.enumOf;
import static org.agreementtracker.readmodel.Values.instant;
import static org.agreementtracker.readmodel.Values.name;

/**
 * The last report given on each body's account, in collection {@value #COLLECTION}, one document per body:
 * {@code {_id: body, order, agreementId, agreementRef, milestoneId, status, occurredOn, recordedAt}}. A report
 * replaces the stored one only if it is later by {@code order} (business date, then recording time), so offering the
 * same report twice, or reports of different agreements in any order, leaves the latest one standing.
 */
public final class LastReports {

    static final String COLLECTION = "bodies_board_last_reports";

    private final MongoCollection<Document> collection;

    LastReports(MongoCollection<Document> collection) {
        this.collection = collection;
    }

    /** The date, then the recording time in fixed-width milliseconds: ordered as strings as they are in time. */
    public static String order(BodyRow.LastReport report) {
        return report.occurredOn() + "|" + String.format("%015d", report.recordedAt().toEpochMilli());
    }

    /** Offers a report recorded by the event at {@code sequence} of its agreement, so a correction can find it. */
    void offer(String body, BodyRow.LastReport report, long sequence) {
        Document stored = new Document("order", order(report))
                .append(Fields.AGREEMENT_ID, report.agreementId())
                .append(Fields.AGREEMENT_REF, report.agreementRef())
                .append(Fields.MILESTONE_ID, report.milestoneId())
                .append(Fields.STATUS, name(report.status()))
                .append("occurredOn", date(report.occurredOn()))
                .append("recordedAt", instant(report.recordedAt()))
                .append("sequence", sequence);
        BatchWrites batch = BatchWrites.current();
        if (batch == null) {
            store(body, stored);
        } else {
            pending(batch).offer(body, stored);
        }
    }

    private void store(String body, Document stored) {
        // one document per body: the filter's extra field makes the embedded store scan only these few
        if (collection.replaceOne(Filters.and(Filters.eq("_id", body), Filters.lt("order", stored.get("order"))),
                                  stored).getMatchedCount() > 0) {
            return;
        }
        try {
            collection.insertOne(stored.append("_id", body));
        } catch (MongoWriteException e) {
            // the body has a report no earlier than this one
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /**
     * The status of the body's last report, if that is the one recorded at {@code sequence} of {@code agreementId}
     * that was corrected. Its order stays that of the report as first recorded: a corrected business date does not
     * move it (the board shows the status of the latest report received).
     */
    void correct(String body, String agreementId, long sequence, ReportStatus status) {
        Correction correction = new Correction(body, agreementId, sequence, name(status));
        BatchWrites batch = BatchWrites.current();
        if (batch == null) {
            store(correction);
        } else {
            pending(batch).correct(correction);
        }
    }

    private record Correction(String body, String agreementId, long sequence, String status) {

        boolean of(Document report) {
            return agreementId.equals(report.getString(Fields.AGREEMENT_ID))
                    && sequence == ((Number) report.get("sequence")).longValue();
        }
    }

    private void store(Correction correction) {
        collection.updateOne(Filters.and(Filters.eq("_id", correction.body()),
                                         Filters.eq(Fields.AGREEMENT_ID, correction.agreementId()),
                                         Filters.eq("sequence", correction.sequence())),
                             new Document("$set", new Document(Fields.STATUS, correction.status())));
    }

    private PendingReports pending(BatchWrites batch) {
        return batch.sideIndex(this, PendingReports::new);
    }

    /**
     * A batch's latest report per body and its corrections. Written corrections first, then reports: a correction
     * of the stored report applies to it before a later report of the batch replaces it, as it did in event order.
     */
    private final class PendingReports implements BatchWrites.Pending {

        private final Map<String, Document> latest = new LinkedHashMap<>();
        private final List<Correction> corrections = new ArrayList<>();

        void offer(String body, Document report) {
            Document held = latest.get(body);
            if (held == null || held.getString("order").compareTo(report.getString("order")) < 0) {
                latest.put(body, report);
            }
        }

        void correct(Correction correction) {
            Document held = latest.get(correction.body());
            if (held != null && correction.of(held)) {
                held.put(Fields.STATUS, correction.status());
            }
            corrections.add(correction);
        }

        @Override
        public void write() {
            corrections.forEach(LastReports.this::store);
            latest.forEach(LastReports.this::store);
        }
    }

    Map<String, BodyRow.LastReport> all() {
        Map<String, BodyRow.LastReport> all = new HashMap<>();
        for (Document report : collection.find()) {
            all.put(report.getString("_id"), new BodyRow.LastReport(
                    report.getString(Fields.AGREEMENT_ID), report.getString(Fields.AGREEMENT_REF),
                    report.getString(Fields.MILESTONE_ID), enumOf(ReportStatus.class, report.get(Fields.STATUS)),
                    date(report.get("occurredOn")), instant(report.get("recordedAt"))));
        }
        return all;
    }

    void clear() {
        collection.deleteMany(new Document());
    }
}
