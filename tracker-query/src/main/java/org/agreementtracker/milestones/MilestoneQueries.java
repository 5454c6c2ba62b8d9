package org.agreementtracker.milestones;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Facet;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import org.agreementtracker.api.board.ListMilestones;
import org.agreementtracker.api.board.MilestonePage;
import org.agreementtracker.api.board.MilestoneRow;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.readmodel.MilestoneAccount;
import org.agreementtracker.readmodel.Paging;
import org.agreementtracker.readmodel.Values;
import org.axonframework.queryhandling.QueryHandler;
import org.bson.Document;
import org.bson.conversions.Bson;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.agreementtracker.readmodel.Values.date;

/**
 * Answers {@link ListMilestones} from {@value MilestonesProjection#COLLECTION}, in order of due date (then agreement
 * and milestone id), with the filters, the page and the total in one aggregation; and counts the overdue milestones
 * for a gauge. "Overdue" is judged against today by {@code clock}: open and due before today.
 */
public class MilestoneQueries {

    private final MongoCollection<Document> milestones;
    private final Clock clock;

    public MilestoneQueries(MongoDatabase database, Clock clock) {
        this.milestones = database.getCollection(MilestonesProjection.COLLECTION);
        this.clock = clock;
    }

    @QueryHandler
    public List<MilestoneRow> list(ListMilestones query) {
        return page(query).rows();
    }

    @QueryHandler
    public MilestonePage page(ListMilestones query) {
        Paging paging = Paging.of(query.page(), query.size());
        LocalDate today = LocalDate.now(clock);
        Document result = milestones.aggregate(List.of(
                Aggregates.match(filter(query, today)),
                Aggregates.facet(new Facet("rows", paging.stages(Sorts.ascending("dueOn", "_id"))),
                                 new Facet("total", Aggregates.count("n"))))).first();
        List<MilestoneRow> rows = new ArrayList<>();
        for (Document milestone : Values.documents(result, "rows")) {
            rows.add(row(milestone, today));
        }
        return new MilestonePage(rows, Paging.total(result, "total", "n"));
    }

    /** How many milestones are overdue today, in all agreements: what a gauge of overdue milestones shows. */
    public long overdueCount() {
        return milestones.countDocuments(overdue(LocalDate.now(clock)));
    }

    private static Bson overdue(LocalDate today) {
        return Filters.and(Filters.eq("open", true), Filters.lt("dueOn", date(today)));
    }

    static Bson filter(ListMilestones query, LocalDate today) {
        List<Bson> filters = new ArrayList<>();
        if (Boolean.TRUE.equals(query.overdue())) {
            filters.add(overdue(today));
        } else if (Boolean.FALSE.equals(query.overdue())) {
            filters.add(Filters.or(Filters.eq("open", false), Filters.gte("dueOn", date(today))));
        }
        if (query.owner() != null) {
            filters.add(Filters.eq("owner", query.owner()));
        }
        if (query.dueBefore() != null) {
            filters.add(Filters.lt("dueOn", date(query.dueBefore())));
        }
        if (query.status() == MilestoneStatus.CANCELLED) {
            filters.add(Filters.eq(MilestoneAccount.CANCELLED, true));
        } else if (query.status() != null) {
            filters.add(Filters.and(Filters.eq(MilestoneAccount.STATUS, query.status().name()),
                                    Filters.eq(MilestoneAccount.CANCELLED, false)));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }

    static MilestoneRow row(Document milestone, LocalDate today) {
        MilestoneStatus status = MilestoneAccount.status(milestone);
        LocalDate dueOn = date(milestone.get("dueOn"));
        return new MilestoneRow(milestone.getString("agreementId"),
                                milestone.getString("agreementRef"),
                                milestone.getString("milestoneId"),
                                milestone.getString("title"),
                                milestone.getString("owner"),
                                milestone.getString("ownerSide"),
                                milestone.getInteger("weight"),
                                dueOn,
                                status,
                                status.overdue(dueOn, today),
                                MilestoneAccount.progress(milestone),
                                MilestoneAccount.indicator(milestone),
                                MilestoneAccount.reading(milestone),
                                date(milestone.get("lastReportedOn")));
    }
}
