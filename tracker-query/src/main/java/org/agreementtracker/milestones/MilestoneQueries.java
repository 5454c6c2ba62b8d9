package org.agreementtracker.milestones;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Facet;
import com.mongodb.client.model.Sorts;
import org.agreementtracker.api.board.ListMilestones;
import org.agreementtracker.api.board.MilestonePage;
import org.agreementtracker.api.board.MilestoneRow;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.readmodel.ByIds;
import org.agreementtracker.readmodel.Fields;
import org.agreementtracker.readmodel.MilestoneAccount;
import org.agreementtracker.readmodel.Paging;
import org.agreementtracker.readmodel.Postings;
import org.agreementtracker.readmodel.RowFilter;
import org.agreementtracker.readmodel.Values;
import org.bson.Document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.agreementtracker.readmodel.Values.date;

/**
 * Answers {@link ListMilestones} in order of due date (then agreement and milestone id), and counts the overdue
 * milestones for a gauge. "Overdue" is judged against today by {@code clock}: open and due before today.
 * <p>
 * The count, and lists filtered only by dates ({@code overdue}, {@code dueBefore}, or nothing), come from the
 * postings of {@link MilestoneFacets}: their sizes say how many milestones fall on each due date, so only the
 * postings of the dates the page covers and the page's rows are read. Filters on owner or status read
 * {@value MilestonesProjection#COLLECTION} itself: filter, page and total in one aggregation, which the embedded
 * store answers with one scan.
 */
public class MilestoneQueries {

    private final MongoCollection<Document> milestones;
    private final Postings postings;
    private final Clock clock;

    public MilestoneQueries(MongoDatabase database, Clock clock) {
        this.milestones = database.getCollection(MilestonesProjection.COLLECTION);
        this.postings = new Postings(database.getCollection(MilestoneFacets.COLLECTION));
        this.clock = clock;
    }

    public MilestonePage page(ListMilestones query) {
        return page(query, Set.of(), Set.of());
    }

    /**
     * The rows the filters match but those of the agreements and milestones ({@code agreementId/milestoneId})
     * excluded (withheld from the reader); the postings count every milestone, so with exclusions the filters are
     * read by one scan.
     */
    public MilestonePage page(ListMilestones query, Set<String> agreements, Set<String> milestoneIds) {
        Paging paging = Paging.of(query.page(), query.size());
        LocalDate today = LocalDate.now(clock);
        if (query.owner() == null && query.status() == null && agreements.isEmpty() && milestoneIds.isEmpty()) {
            return byDueDate(query, paging, today);
        }
        Document result = milestones.aggregate(List.of(
                Aggregates.match(filter(query, today).noneOf(Fields.AGREEMENT_ID, agreements)
                                                     .noneOf("_id", milestoneIds).bson()),
                Aggregates.facet(new Facet("rows", paging.stages(Sorts.ascending(Fields.DUE_ON, "_id"))),
                                 new Facet("total", Aggregates.count("n"))))).first();
        List<MilestoneRow> rows = new ArrayList<>();
        for (Document milestone : Values.documents(result, "rows")) {
            rows.add(row(milestone, today));
        }
        return new MilestonePage(rows, Paging.total(result, "total", "n"));
    }

    /** How many milestones are overdue today, in all agreements: what a gauge of overdue milestones shows. */
    public long overdueCount() {
        LocalDate today = LocalDate.now(clock);
        long overdue = 0;
        for (Map.Entry<String, Integer> size : postings.sizes().entrySet()) {
            if (size.getKey().startsWith(MilestoneFacets.OPEN_DUE)
                    && dateOf(size.getKey(), MilestoneFacets.OPEN_DUE).isBefore(today)) {
                overdue += size.getValue();
            }
        }
        return overdue;
    }

    /** A list filtered by dates only: count per due date from the postings' sizes, then read the page's dates. */
    private MilestonePage byDueDate(ListMilestones query, Paging paging, LocalDate today) {
        Map<LocalDate, Integer> due = new TreeMap<>();
        Map<LocalDate, Integer> openDue = new TreeMap<>();
        for (Map.Entry<String, Integer> size : postings.sizes().entrySet()) {
            if (size.getKey().startsWith(MilestoneFacets.DUE)) {
                due.put(dateOf(size.getKey(), MilestoneFacets.DUE), size.getValue());
            } else if (size.getKey().startsWith(MilestoneFacets.OPEN_DUE)) {
                openDue.put(dateOf(size.getKey(), MilestoneFacets.OPEN_DUE), size.getValue());
            }
        }
        // how many rows each due date gives, in date order
        Map<LocalDate, Integer> counts = new TreeMap<>();
        for (Map.Entry<LocalDate, Integer> date : due.entrySet()) {
            LocalDate dueOn = date.getKey();
            if (query.dueBefore() != null && !dueOn.isBefore(query.dueBefore())) {
                continue;
            }
            int count = date.getValue();
            if (dueOn.isBefore(today) && query.overdue() != null) {
                int open = openDue.getOrDefault(dueOn, 0);
                count = query.overdue() ? open : count - open;
            } else if (Boolean.TRUE.equals(query.overdue())) {
                count = 0;
            }
            if (count > 0) {
                counts.put(dueOn, count);
            }
        }
        long total = counts.values().stream().mapToLong(Integer::longValue).sum();
        long from = paging.skip();
        long to = paging.size() == null ? total : Math.min(total, from + paging.size());
        // the dates the page covers, and how many rows come before the first of them
        List<LocalDate> dates = new ArrayList<>();
        long start = 0;
        long skipped = -1;
        for (Map.Entry<LocalDate, Integer> date : counts.entrySet()) {
            long end = start + date.getValue();
            if (end > from && start < to) {
                dates.add(date.getKey());
                if (skipped < 0) {
                    skipped = start;
                }
            }
            start = end;
        }
        List<String> keys = keysOn(dates, query.overdue(), today);
        int first = (int) Math.max(0, from - Math.max(0, skipped));
        List<String> page = keys.subList(Math.min(first, keys.size()),
                                         (int) Math.min(keys.size(), (long) first + (to - from)));
        List<MilestoneRow> rows = new ArrayList<>();
        for (Document milestone : ByIds.find(milestones, page, null)) {
            rows.add(row(milestone, today));
        }
        return new MilestonePage(rows, total);
    }

    /** The keys of milestones due on {@code dates} that pass the overdue filter, by date then key. */
    private List<String> keysOn(List<LocalDate> dates, Boolean overdue, LocalDate today) {
        List<String> facets = new ArrayList<>();
        for (LocalDate date : dates) {
            facets.add(MilestoneFacets.due(date));
            if (date.isBefore(today) && overdue != null) {
                facets.add(MilestoneFacets.openDue(date));
            }
        }
        Map<String, List<String>> postings = this.postings.keysOf(facets);
        List<String> keys = new ArrayList<>();
        for (LocalDate date : dates) {
            List<String> onDate = postings.getOrDefault(MilestoneFacets.due(date), List.of());
            if (date.isBefore(today) && overdue != null) {
                Set<String> open = new HashSet<>(postings.getOrDefault(MilestoneFacets.openDue(date), List.of()));
                onDate = onDate.stream().filter(key -> open.contains(key) == overdue).toList();
            }
            keys.addAll(onDate);
        }
        return keys;
    }

    private static LocalDate dateOf(String facet, String prefix) {
        return LocalDate.parse(facet.substring(prefix.length()));
    }

    /** The filters of {@code query} on {@code today}, read by MongoDB here and in memory by the as-of answers. */
    public static RowFilter filter(ListMilestones query, LocalDate today) {
        RowFilter filter = RowFilter.all();
        if (query.owner() != null) {
            filter.equal(Fields.OWNER, query.owner());
        }
        if (query.status() == MilestoneStatus.CANCELLED) {
            filter.equal(MilestoneAccount.CANCELLED, true);
        } else if (query.status() != null) {
            filter.equal(Fields.STATUS, query.status().name()).equal(MilestoneAccount.CANCELLED, false);
        }
        if (Boolean.TRUE.equals(query.overdue())) {
            filter.and(RowFilter.all().equal("open", true).before(Fields.DUE_ON, date(today)));
        } else if (Boolean.FALSE.equals(query.overdue())) {
            filter.and(RowFilter.anyOf(RowFilter.all().equal("open", false),
                                       RowFilter.all().notBefore(Fields.DUE_ON, date(today))));
        }
        if (query.dueBefore() != null) {
            filter.before(Fields.DUE_ON, date(query.dueBefore()));
        }
        return filter;
    }

    public static MilestoneRow row(Document milestone, LocalDate today) {
        MilestoneStatus status = MilestoneAccount.status(milestone);
        LocalDate dueOn = date(milestone.get(Fields.DUE_ON));
        return new MilestoneRow(milestone.getString(Fields.AGREEMENT_ID),
                                milestone.getString(Fields.AGREEMENT_REF),
                                milestone.getString(Fields.MILESTONE_ID),
                                milestone.getString(Fields.TITLE),
                                milestone.getString(Fields.OWNER),
                                milestone.getString("ownerSide"),
                                milestone.getInteger("weight"),
                                dueOn,
                                status,
                                status.overdue(dueOn, today),
                                MilestoneAccount.progress(milestone),
                                MilestoneAccount.indicator(milestone),
                                MilestoneAccount.reading(milestone),
                                date(milestone.get("lastReportedOn")), null, null);
    }
}
