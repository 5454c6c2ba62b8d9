package org.agreementtracker.agreement;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A long-lived agreement is snapshotted, and goes on from its snapshot exactly as from its events. */
@WebTest
class AgreementSnapshotHttpTest {

    @Autowired
    Api api;
    @Autowired
    MongoDatabase database;

    @Test
    void anAgreementPastTheThresholdIsSnapshottedAndGoesOnFromTheSnapshot() {
        String agreementId = api.signedAgreement();
        String milestoneId = api.plannedMilestone(agreementId);
        String reports = "/api/v1/agreements/" + agreementId + "/milestones/" + milestoneId + "/reports";
        for (int i = 0; i < WebTest.SNAPSHOT_THRESHOLD; i++) {
            var answer = api.as("officer-pk-mod").post(reports)
                            .json("{\"status\": \"IN_PROGRESS\", \"progressPercent\": " + i + ", \"note\": \"n\"}")
                            .send();
            assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        }

        Document snapshot = database.getCollection("snapshots").find(Filters.eq("_id", agreementId)).first();
        var next = api.as("officer-by-mod").post(reports).json("{\"status\": \"ACHIEVED\", \"note\": \"Done\"}").send();
        var stale = api.as("chair").post("/api/v1/agreements/" + agreementId + "/milestones/" + milestoneId
                                                 + "/cancellation")
                       .header("If-Match", "\"3\"").json("{\"reason\": \"r\"}").send();

        assertThat(snapshot).as("a snapshot of the agreement").isNotNull();
        assertThat(next.status()).as(next.toString()).isEqualTo(201);
        assertThat(next.json().path("version").asLong()).isEqualTo(2 + WebTest.SNAPSHOT_THRESHOLD + 1);
        assertThat(stale.status()).as("the version survives the snapshot").isEqualTo(412);
        assertThat(api.as("auditor").get("/api/v1/agreements/" + agreementId + "/history").send().json())
                .as("the history is every event, snapshot or not").hasSize(3 + WebTest.SNAPSHOT_THRESHOLD + 1);
    }
}
