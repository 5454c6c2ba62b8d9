package org.agreementtracker.meeting;

import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Meetings over HTTP: recording one, the board as it saw it, and the hindsight after it. */
@WebTest
// a fresh application: one resumed from the test context cache after the store tests has its processors stalled
// (seen with and without this class's processors), and these tests read what they just wrote
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
class MeetingsHttpTest {

    @Autowired
    Api api;

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private String recordMeeting(String user, LocalDate heldOn) {
        var answer = api.as(user).post("/api/v1/meetings").json("""
                {"heldOn": "%s", "title": "Joint Ministerial Commission", "attendees": ["Ishaq Dar", "Maxim Ryzhenkov"]}
                """.formatted(heldOn)).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        String id = answer.json().path("id").asString();
        assertThat(answer.header("Location").orElseThrow()).endsWith("/api/v1/meetings/" + id);
        return id;
    }

    private void report(String agreementId, String milestoneId, LocalDate occurredOn) {
        api.reportedProgress(agreementId, milestoneId, """
                {"occurredOn": "%s", "status": "ACHIEVED", "note": "Talks held"}
                """.formatted(occurredOn));
    }

    private static JsonNode rowOf(JsonNode rows, String agreementId) {
        for (JsonNode row : rows) {
            if (row.path("id").asString().equals(agreementId)) {
                return row;
            }
        }
        throw new AssertionError("No row of " + agreementId + " in " + rows);
    }

    @Test
    void theCommitteeRecordsAMeetingThatEveryoneCanRead() {
        Instant before = Instant.now();
        String id = recordMeeting("chair", today());
        String byAdmin = recordMeeting("admin", today().minusDays(1));

        JsonNode meeting = api.read("/api/v1/meetings/" + id);
        assertThat(meeting.path("heldOn").asString()).isEqualTo(today().toString());
        assertThat(meeting.path("title").asString()).isEqualTo("Joint Ministerial Commission");
        assertThat(meeting.path("attendees").get(1).asString()).isEqualTo("Maxim Ryzhenkov");
        assertThat(meeting.path("recordedBy").path("user").asString()).isEqualTo("chair");
        assertThat(Instant.parse(meeting.path("recordedAt").asString())).isAfterOrEqualTo(before.minusMillis(1));
        assertThat(meeting.path("seenAt").asString()).isEqualTo(meeting.path("recordedAt").asString());
        assertThat(api.read("/api/v1/meetings").findValuesAsString("id")).contains(id, byAdmin);
        var officer = api.as("officer-pk").get("/api/v1/meetings/" + id).send();
        assertThat(officer.status()).isEqualTo(200);
    }

    @Test
    void theBoardAtAMeetingLeavesOutWhatWasRecordedAfterItAndHindsightListsIt() {
        String agreementId = api.signedAgreement();
        String milestoneId = api.plannedMilestone(agreementId);
        String meetingId = recordMeeting("chair", today());
        // reported after the meeting, about the day before it
        report(agreementId, milestoneId, today().minusDays(1));

        JsonNode board = api.read("/api/v1/meetings/" + meetingId + "/board");
        assertThat(board.path("asOf").asString()).isEqualTo(board.path("meeting").path("seenAt").asString());
        assertThat(rowOf(board.path("agreements"), agreementId).path("milestones").path("achieved").asInt()).isZero();
        assertThat(board.path("summary").path("milestones").path("total").asInt()).isPositive();
        assertThat(rowOf(api.read("/api/v1/agreements"), agreementId).path("milestones").path("achieved").asInt())
                .isEqualTo(1);
        JsonNode hindsight = api.read("/api/v1/meetings/" + meetingId + "/hindsight");
        JsonNode entry = hindsight.get(hindsight.size() - 1);
        assertThat(entry.path("agreementId").asString()).isEqualTo(agreementId);
        assertThat(entry.path("agreementRef").asString()).startsWith("TEST-");
        assertThat(entry.path("type").asString()).isEqualTo("MilestoneProgressReported");
        assertThat(entry.path("occurredOn").asString()).isEqualTo(today().minusDays(1).toString());
        assertThat(entry.path("actor").path("user").asString()).isEqualTo("officer-pk-mod");
        assertThat(entry.path("summary").asString()).contains("PK-MOD", "“Joint staff talks held”", "achieved");
        assertThat(entry.path("agreementTitle").asString()).isEqualTo(
                "Agreement on Cooperation between the Ministries of Defence");
        assertThat(Instant.parse(entry.path("recordedAt").asString()))
                .isAfter(Instant.parse(board.path("asOf").asString()));
    }

    @Test
    void aMeetingRecordedDaysLaterSawTheBoardOfTheEndOfItsDay() {
        String agreementId = api.signedAgreement();
        String milestoneId = api.plannedMilestone(agreementId);
        // recorded today, before the meeting is, about a day before the meeting: the meeting could not know it
        report(agreementId, milestoneId, today().minusDays(3));
        String meetingId = recordMeeting("chair", today().minusDays(2));

        JsonNode meeting = api.read("/api/v1/meetings/" + meetingId);
        assertThat(meeting.path("seenAt").asString())
                .isEqualTo(today().minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1).toString());
        assertThat(api.read("/api/v1/meetings/" + meetingId + "/hindsight").findValuesAsString("agreementId"))
                .contains(agreementId);
        assertThat(api.read("/api/v1/meetings/" + meetingId + "/board").path("agreements").findValuesAsString("id"))
                .doesNotContain(agreementId);
    }

    @Test
    void ministryOfficersAndAuditorsMayNotRecordAMeeting() {
        for (String user : new String[] {"officer-pk-mod", "auditor"}) {
            var answer = api.as(user).post("/api/v1/meetings").json("""
                    {"heldOn": "2025-06-30", "title": "JMC", "attendees": ["Ishaq Dar"]}
                    """).send();

            assertThat(answer.status()).as(user + ": " + answer).isEqualTo(403);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aMeetingWithoutTitleOrAttendeesOrInTheFutureIsRefusedWithTheFieldNamed() {
        String[][] cases = {
                {"{\"heldOn\": \"2025-06-30\", \"title\": \" \", \"attendees\": [\"Ishaq Dar\"]}", "title"},
                {"{\"heldOn\": \"2025-06-30\", \"title\": \"JMC\", \"attendees\": []}", "attendees"},
                {"{\"heldOn\": \"2025-06-30\", \"title\": \"JMC\", \"attendees\": [\"Ishaq Dar\", \"Ishaq Dar\"]}",
                 "attendees"},
                {"{\"title\": \"JMC\", \"attendees\": [\"Ishaq Dar\"]}", "heldOn"},
                {"{\"heldOn\": \"30 June\", \"title\": \"JMC\", \"attendees\": [\"Ishaq Dar\"]}", "heldOn"},
                {"{\"heldOn\": \"" + today().plusDays(5) + "\", \"title\": \"JMC\", \"attendees\": [\"Ishaq Dar\"]}",
                 "heldOn"},
        };
        for (String[] refused : cases) {
            var answer = api.as("chair").post("/api/v1/meetings").json(refused[0]).send();

            assertThat(answer.status()).as(refused[0] + ": " + answer).isEqualTo(400);
            assertThat(answer.json().path("errors").findValuesAsString("field")).as(refused[0]).contains(refused[1]);
        }
    }

    @Test
    void anUnknownMeetingIsNotFound() {
        for (String path : new String[] {"", "/board", "/hindsight"}) {
            var answer = api.as("auditor").get("/api/v1/meetings/no-such-meeting" + path).send();

            assertThat(answer.status()).as(path + ": " + answer).isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
    }
}
