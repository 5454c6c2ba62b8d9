package org.agreementtracker.bodies;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.api.board.BodyRow;
import org.agreementtracker.api.board.FindBodiesBoard;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.readmodel.MilestoneAccount;
import org.agreementtracker.readmodel.Values;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.agreementtracker.readmodel.Values.date;
import static org.agreementtracker.readmodel.Values.enumOf;
import static org.agreementtracker.readmodel.Values.instant;

/**
 * Answers {@link FindBodiesBoard}: one row per body of the register, in the register's order, summed over the
 * agreements in {@value BodiesBoardProjection#COLLECTION} when asked, with "overdue" judged against today by
 * {@code clock}. A body no agreement mentions has a row of zeros.
 */
public class BodiesBoardQueries {

    /** Of two last reports, the later business date wins, then the later recorded. */
    private static final Comparator<BodyRow.LastReport> LATER = Comparator
            .comparing(BodyRow.LastReport::occurredOn)
            .thenComparing(BodyRow.LastReport::recordedAt);

    private final MongoCollection<Document> agreements;
    private final BodyRegister bodies;
    private final Clock clock;

    public BodiesBoardQueries(MongoDatabase database, BodyRegister bodies, Clock clock) {
        this.agreements = database.getCollection(BodiesBoardProjection.COLLECTION);
        this.bodies = bodies;
        this.clock = clock;
    }

    @QueryHandler
    public List<BodyRow> find(FindBodiesBoard query) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Tally> tallies = new HashMap<>();
        for (Document agreement : agreements.find().projection(Projections.include(
                "ref", "milestones.owner", "milestones.dueOn", "milestones.status", "milestones.cancelled",
                "lastReports"))) {
            for (Document milestone : Values.documents(agreement, "milestones")) {
                tallies.computeIfAbsent(milestone.getString("owner"), body -> new Tally())
                       .add(MilestoneAccount.status(milestone), date(milestone.get("dueOn")), today);
            }
            for (Document report : Values.documents(agreement, "lastReports")) {
                tallies.computeIfAbsent(report.getString("body"), body -> new Tally()).report(new BodyRow.LastReport(
                        agreement.getString("_id"), agreement.getString("ref"), report.getString("milestoneId"),
                        enumOf(ReportStatus.class, report.get("status")), date(report.get("occurredOn")),
                        instant(report.get("recordedAt"))));
            }
        }
        List<BodyRow> rows = new ArrayList<>();
        for (Body body : bodies.all()) {
            Tally tally = tallies.getOrDefault(body.id(), new Tally());
            rows.add(new BodyRow(body.id(), body.country(), body.name(), tally.open, tally.overdue, tally.achieved,
                                 tally.lastReport));
        }
        return rows;
    }

    private static final class Tally {
        private int open;
        private int overdue;
        private int achieved;
        private BodyRow.LastReport lastReport;

        void add(MilestoneStatus status, LocalDate dueOn, LocalDate today) {
            if (status.open()) {
                open++;
            }
            if (status.achieved()) {
                achieved++;
            }
            if (status.overdue(dueOn, today)) {
                overdue++;
            }
        }

        void report(BodyRow.LastReport report) {
            if (lastReport == null || LATER.compare(report, lastReport) > 0) {
                lastReport = report;
            }
        }
    }
}
