package org.agreementtracker.operations;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command is timed by its type and outcome; a refusal by its reason. */
@WebTest
class HandlerTimersHttpTest {

    @Autowired
    Api api;
    @Autowired
    MeterRegistry meters;

    private long count(String command, String outcome, String reason) {
        Timer timer = meters.find(HandlerTimers.COMMANDS).tag("command", command).tag("outcome", outcome)
                            .tag("reason", reason).timer();
        return timer == null ? 0 : timer.count();
    }

    @Test
    void commandsAreTimedByTypeOutcomeAndReason() {
        long registered = count("RegisterAgreement", "success", "none");
        long signed = count("SignAgreement", "success", "none");
        long refused = count("SignAgreement", "failure", "ILLEGAL_TRANSITION");

        String id = api.signedAgreement();
        api.as("chair").post("/api/v1/agreements/" + id + "/signature")
           .json("{\"signedOn\": \"2025-04-11\", \"place\": \"Minsk\"}").send();

        assertThat(count("RegisterAgreement", "success", "none")).isEqualTo(registered + 1);
        assertThat(count("SignAgreement", "success", "none")).isEqualTo(signed + 1);
        assertThat(count("SignAgreement", "failure", "ILLEGAL_TRANSITION")).isEqualTo(refused + 1);
        assertThat(api.anonymous().get("/actuator/prometheus").send().body())
                .containsPattern("tracker_commands_seconds_count\\{command=\"SignAgreement\",outcome=\"success\",reason=\"none\"}");
    }

    @Test
    void queriesAreTimedByTypeAndOverdueMilestonesAreCounted() {
        String id = api.signedAgreement();
        api.plannedMilestone(id, "{\"title\": \"Overdue\", \"dueOn\": \"2025-05-31\", \"owner\": \"PK-MOD\"}");

        api.as("auditor").get("/api/v1/agreements/" + id).send();
        api.as("auditor").get("/api/v1/milestones?overdue=true").send();

        String metrics = api.anonymous().get("/actuator/prometheus").send().body();
        assertThat(metrics)
                .containsPattern("tracker_queries_seconds_count\\{outcome=\"success\",query=\"FindAgreement\",reason=\"none\"} [1-9]")
                .containsPattern("tracker_queries_seconds_count\\{outcome=\"success\",query=\"ListMilestones\",reason=\"none\"} [1-9]")
                .containsPattern("(?m)^tracker_milestones_overdue [1-9]");
    }
}
