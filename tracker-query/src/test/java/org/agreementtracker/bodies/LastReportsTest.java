package org.agreementtracker.bodies;

import com.mongodb.client.MongoDatabase;
import org.agreementtracker.api.board.BodyRow;
import org.agreementtracker.api.milestone.ReportStatus;
import org.agreementtracker.readmodel.FreshDatabases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(FreshDatabases.class)
class LastReportsTest {

    private static final Instant NINE = Instant.parse("2025-06-10T09:00:00Z");

    private LastReports lastReports;

    @BeforeEach
    void fresh(MongoDatabase database) {
        lastReports = new LastReports(database.getCollection(LastReports.COLLECTION));
    }

    private static BodyRow.LastReport report(String agreement, LocalDate on, Instant recordedAt) {
        return new BodyRow.LastReport(agreement, "REF-" + agreement, "m", ReportStatus.IN_PROGRESS, on, recordedAt);
    }

    @Test
    void theLatestBusinessDateStandsWhateverOrderReportsArriveIn() {
        BodyRow.LastReport june = report("a", LocalDate.of(2025, 6, 1), NINE);
        BodyRow.LastReport may = report("b", LocalDate.of(2025, 5, 1), NINE.plusSeconds(60));

        lastReports.offer("PK-MOC", june, 1);
        lastReports.offer("PK-MOC", may, 1);
        lastReports.offer("BY-MFA", may, 1);
        lastReports.offer("BY-MFA", june, 1);

        assertThat(lastReports.all()).containsEntry("PK-MOC", june).containsEntry("BY-MFA", june);
    }

    @Test
    void onOneDateTheOneRecordedLaterStands() {
        BodyRow.LastReport first = report("a", LocalDate.of(2025, 6, 1), NINE);
        BodyRow.LastReport second = report("b", LocalDate.of(2025, 6, 1), NINE.plusMillis(1));

        lastReports.offer("PK-MOC", second, 1);
        lastReports.offer("PK-MOC", first, 1);

        assertThat(lastReports.all()).containsEntry("PK-MOC", second);
    }

    @Test
    void offeringAReportAgainChangesNothing() {
        BodyRow.LastReport june = report("a", LocalDate.of(2025, 6, 1), NINE);

        lastReports.offer("PK-MOC", june, 1);
        lastReports.offer("PK-MOC", june, 1);

        assertThat(lastReports.all()).hasSize(1).containsEntry("PK-MOC", june);
    }
}
