package org.agreementtracker.milestones;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.board.ListMilestones;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.readmodel.AgreementHistory;
import org.agreementtracker.readmodel.Postings;
import org.agreementtracker.readmodel.Projections;
import org.agreementtracker.readmodel.TestMongo;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast the milestone list and the overdue count answer with 50,000 milestones (10,000 agreements of five) on the
 * embedded store. A measurement: run it on purpose with {@code -Dtracker.measure=true}.
 */
@EnabledIfSystemProperty(named = "tracker.measure", matches = "true")
class MilestonesTimingTest {

    private static final int MILESTONES = 50_000;
    private static final int RUNS = 100;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-10T12:00:00Z"), ZoneOffset.UTC);
    private static final String[] OWNERS = {"PK-MOC", "PK-MOFA", "PK-MOI", "BY-MINTRADE", "BY-MFA", "BY-MVD"};
    private static final MilestoneStatus[] STATUSES = {MilestoneStatus.NOT_REPORTED, MilestoneStatus.IN_PROGRESS,
            MilestoneStatus.IN_PROGRESS, MilestoneStatus.CLAIMED, MilestoneStatus.CONFIRMED, MilestoneStatus.BLOCKED};

    @Test
    void theMilestoneListAndTheOverdueCountWith50000Milestones() {
        try (TestMongo mongo = new TestMongo()) {
            MongoDatabase database = mongo.freshDatabase();
            fill(database);
            MilestoneQueries queries = new MilestoneQueries(database, CLOCK);

            report("overdue, page 0 of 20", () -> queries.page(new ListMilestones(true, null, null, null, null)
                                                                      .page(0, 20)));
            report("owner, page 0 of 20", () -> queries.page(new ListMilestones(null, "PK-MOI", null, null, null)
                                                                    .page(0, 20)));
            report("status, page 0 of 20", () -> queries.page(
                    new ListMilestones(null, null, null, MilestoneStatus.BLOCKED, null).page(0, 20)));
            report("no filter, page 0 of 20", () -> queries.page(ListMilestones.all().page(0, 20)));
            report("no filter, page 1000 of 20", () -> queries.page(ListMilestones.all().page(1000, 20)));
            report("due before, page 0 of 20", () -> queries.page(
                    new ListMilestones(null, null, LocalDate.of(2024, 6, 1), null, null).page(0, 20)));
            report("overdue count (the gauge)", queries::overdueCount);
            assertThat(queries.overdueCount()).isPositive();
        }
    }

    private static void report(String what, Supplier<?> query) {
        for (int i = 0; i < 10; i++) {
            query.get();
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] millis = new double[RUNS];
        long startCpu = os.getProcessCpuTime();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            query.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        double cpu = (os.getProcessCpuTime() - startCpu) / 1e6 / RUNS;
        Arrays.sort(millis);
        System.out.printf("%d milestones, %-28s median %6.1f ms, p95 %6.1f ms, CPU %6.1f ms%n", MILESTONES, what,
                          millis[RUNS / 2], millis[(int) (RUNS * 0.95)], cpu);
    }

    private static void fill(MongoDatabase database) {
        MilestonesProjection projection = new MilestonesProjection(database);
        AgreementHistory template = AgreementHistory.of("template").registered("TEMPLATE")
                .signed(LocalDate.of(2025, 4, 11))
                .planned("m", LocalDate.of(2025, 3, 1), "PK-MOC")
                .reported("m", "PK-MOC", LocalDate.of(2025, 5, 1), ReportStatus.IN_PROGRESS, 40, null);
        Projections.deliver(projection, template.events());
        MongoCollection<Document> collection = database.getCollection(MilestonesProjection.COLLECTION);
        Document row = collection.find().first();
        collection.deleteMany(new Document());
        List<Document> batch = new ArrayList<>();
        Map<String, List<String>> postings = new HashMap<>();
        for (int i = 0; i < MILESTONES; i++) {
            Document copy = Document.parse(row.toJson());
            MilestoneStatus status = STATUSES[i % STATUSES.length];
            copy.put("_id", "agreement-" + i / 5 + "/m" + i % 5);
            copy.put("agreementId", "agreement-" + i / 5);
            copy.put("agreementRef", String.format("PKBY-%05d", i / 5));
            copy.put("milestoneId", "m" + i % 5);
            copy.put("owner", OWNERS[i % OWNERS.length]);
            copy.put("dueOn", LocalDate.of(2024, 1, 1).plusDays(i % 1000).toString());
            copy.put("status", status.name());
            copy.put("open", status.open());
            batch.add(copy);
            MilestoneFacets.of(copy).forEach((key, facets) -> facets.forEach(
                    facet -> postings.computeIfAbsent(facet, f -> new ArrayList<>()).add(key)));
            if (batch.size() == 1000) {
                collection.insertMany(batch);
                batch.clear();
            }
        }
        // the postings as the projection would have left them, written at once
        Postings stored = new Postings(database.getCollection(MilestoneFacets.COLLECTION));
        stored.clear();
        postings.forEach(stored::addAll);
    }
}
