package org.agreementtracker.milestones;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.board.ListMilestones;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.readmodel.AgreementHistory;
import org.agreementtracker.readmodel.CopiedRows;
import org.agreementtracker.readmodel.Postings;
import org.agreementtracker.readmodel.Projections;
import org.agreementtracker.readmodel.TestMongo;
import org.agreementtracker.readmodel.Timing;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
        System.out.printf("%d milestones, %-28s %s%n", MILESTONES, what, Timing.of(query, 10, RUNS));
    }

    private static void fill(MongoDatabase database) {
        MilestonesProjection projection = new MilestonesProjection(database);
        AgreementHistory template = AgreementHistory.of("template").registered("TEMPLATE")
                .signed(LocalDate.of(2025, 4, 11))
                .planned("m", LocalDate.of(2025, 3, 1), "PK-MOC")
                .reported("m", "PK-MOC", LocalDate.of(2025, 5, 1), ReportStatus.IN_PROGRESS, 40, null);
        Projections.deliver(projection, template.events());
        MongoCollection<Document> collection = database.getCollection(MilestonesProjection.COLLECTION);
        CopiedRows.insert(collection, CopiedRows.takeTemplate(collection), MILESTONES, (copy, i) -> {
            MilestoneStatus status = STATUSES[i % STATUSES.length];
            copy.put("_id", "agreement-" + i / 5 + "/m" + i % 5);
            copy.put("agreementId", "agreement-" + i / 5);
            copy.put("agreementRef", String.format("PKBY-%05d", i / 5));
            copy.put("milestoneId", "m" + i % 5);
            copy.put("owner", OWNERS[i % OWNERS.length]);
            copy.put("dueOn", LocalDate.of(2024, 1, 1).plusDays(i % 1000).toString());
            copy.put("status", status.name());
            copy.put("open", status.open());
        }, MilestoneFacets::of, new Postings(database.getCollection(MilestoneFacets.COLLECTION)));
    }
}
