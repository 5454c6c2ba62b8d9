package org.agreementtracker.bodies;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.agreementtracker.api.board.BodyRow;
import org.agreementtracker.api.milestone.ReportStatus;
import org.bson.Document;

import java.util.HashMap;
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
        String order = order(report);
        Document stored = new Document("order", order)
                .append("agreementId", report.agreementId())
                .append("agreementRef", report.agreementRef())
                .append("milestoneId", report.milestoneId())
                .append("status", name(report.status()))
                .append("occurredOn", date(report.occurredOn()))
                .append("recordedAt", instant(report.recordedAt()))
                .append("sequence", sequence);
        // one document per body: the filter's extra field makes the embedded store scan only these few
        if (collection.replaceOne(Filters.and(Filters.eq("_id", body), Filters.lt("order", order)), stored)
                      .getMatchedCount() > 0) {
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
        collection.updateOne(Filters.and(Filters.eq("_id", body), Filters.eq("agreementId", agreementId),
                                         Filters.eq("sequence", sequence)),
                             new Document("$set", new Document("status", name(status))));
    }

    Map<String, BodyRow.LastReport> all() {
        Map<String, BodyRow.LastReport> all = new HashMap<>();
        for (Document report : collection.find()) {
            all.put(report.getString("_id"), new BodyRow.LastReport(
                    report.getString("agreementId"), report.getString("agreementRef"),
                    report.getString("milestoneId"), enumOf(ReportStatus.class, report.get("status")),
                    date(report.get("occurredOn")), instant(report.get("recordedAt"))));
        }
        return all;
    }

    void clear() {
        collection.deleteMany(new Document());
    }
}
