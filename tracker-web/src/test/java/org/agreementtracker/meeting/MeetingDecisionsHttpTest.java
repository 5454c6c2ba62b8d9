package org.agreementtracker.meeting;

import org.agreementtracker.api.meeting.ActionProgressReported;
import org.agreementtracker.api.meeting.ActionReportStatus;
import org.agreementtracker.api.meeting.DecisionRecorded;
import org.agreementtracker.api.meeting.MeetingHeld;
import org.agreementtracker.api.meeting.MeetingPlanned;
import org.agreementtracker.webtest.Api;
import org.agreementtracker.webtest.Http;
import org.agreementtracker.webtest.WebTest;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A meeting's life over HTTP: planned, its agenda drafted and set, held, its decisions recorded with action items,
 * which their owner body reports done or the committee drops; each step asserted on the events it recorded, each
 * refusal on the problem it answers.
 */
@WebTest
class MeetingDecisionsHttpTest {

    @Autowired
    Api api;
    @Autowired
    EventStorageEngine events;

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private List<Object> eventsOf(String meetingId) {
        List<Object> payloads = new ArrayList<>();
        events.readEvents(meetingId).asStream().map(DomainEventMessage::getPayload).forEach(payloads::add);
        return payloads;
    }

    private Object lastEventOf(String meetingId) {
        List<Object> all = eventsOf(meetingId);
        return all.get(all.size() - 1);
    }

    private String plannedMeeting(LocalDate on) {
        var answer = api.as("chair").post("/api/v1/meetings").json("""
                {"heldOn": "%s", "title": "Coordination Committee", "attendees": [], "status": "PLANNED"}
                """.formatted(on)).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().path("id").asString();
    }

    private String heldMeeting() {
        String id = plannedMeeting(today());
        var held = api.as("chair").post("/api/v1/meetings/" + id + "/held")
                      .json("{\"attendees\": [\"Ishaq Dar\", \"Maxim Ryzhenkov\"]}").send();
        assertThat(held.status()).as(held.toString()).isEqualTo(200);
        return id;
    }

    private JsonNode decide(String user, String meetingId, String json) {
        var answer = api.as(user).post("/api/v1/meetings/" + meetingId + "/decisions").json(json).send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json();
    }

    private static JsonNode itemOf(JsonNode agenda, String kind, String field, String id) {
        for (JsonNode item : agenda.path("items")) {
            if (item.path("kind").asString().equals(kind) && item.path(field).asString().equals(id)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void aPlannedMeetingIsHeldThenItsDecisionGivesActionItemsThatTheOwnerReportsDone() {
        String agreementId = api.signedAgreement();
        String milestoneId = api.plannedMilestone(agreementId); // due 2025-12-31: overdue
        String meetingId = plannedMeeting(today().plusDays(14));
        assertThat(lastEventOf(meetingId)).isEqualTo(new MeetingPlanned(meetingId, today().plusDays(14),
                                                                        "Coordination Committee", List.of()));
        JsonNode planned = api.read("/api/v1/meetings/" + meetingId);
        assertThat(planned.path("status").asString()).isEqualTo("PLANNED");
        assertThat(planned.path("seenAt").isNull()).isTrue();
        JsonNode agenda = api.read("/api/v1/meetings/" + meetingId + "/agenda");
        assertThat(agenda.path("edited").asBoolean()).isFalse();
        JsonNode overdue = itemOf(agenda, "OVERDUE_MILESTONE", "milestoneId", milestoneId);
        assertThat(overdue).as(agenda.toString()).isNotNull();
        assertThat(overdue.path("reason").asString()).contains("Overdue since 2025-12-31", "owner PK-MOD");

        var early = api.as("chair").post("/api/v1/meetings/" + meetingId + "/decisions")
                       .json("{\"text\": \"Too early\"}").send();
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        assertThat(early.json().path("code").asString()).isEqualTo("MEETING_NOT_HELD");

        var held = api.as("chair").post("/api/v1/meetings/" + meetingId + "/held")
                      .json("{\"heldOn\": \"%s\", \"attendees\": [\"Ishaq Dar\"]}".formatted(today())).send();
        assertThat(held.status()).as(held.toString()).isEqualTo(200);
        assertThat(held.json().path("status").asString()).isEqualTo("HELD");
        assertThat(held.json().path("seenAt").asString()).isNotEmpty();
        assertThat(lastEventOf(meetingId)).isEqualTo(new MeetingHeld(meetingId, today(), List.of("Ishaq Dar")));

        JsonNode decision = decide("chair", meetingId, """
                {"text": "Staff talks go ahead in Rawalpindi", "agreementIds": ["%s"],
                 "actions": [{"title": "Send the talks' agenda", "owner": "PK-MOD", "dueOn": "%s"},
                             {"title": "Name the delegation", "owner": "BY-MOD", "dueOn": "%s"}]}
                """.formatted(agreementId, today().plusDays(30), today().plusDays(60)));
        String decisionId = decision.path("id").asString();
        String sendAgenda = decision.path("actions").get(0).path("id").asString();
        String nameDelegation = decision.path("actions").get(1).path("id").asString();
        assertThat(sendAgenda).isEqualTo(decisionId + "-1");
        DecisionRecorded recorded = (DecisionRecorded) lastEventOf(meetingId);
        assertThat(recorded.agreementIds()).containsExactly(agreementId);
        assertThat(recorded.actions()).extracting(item -> item.owner()).containsExactly("PK-MOD", "BY-MOD");
        assertThat(recorded.classification().level()).isEqualTo("OFFICIAL");
        assertThat(api.read("/api/v1/meetings/" + meetingId).path("decisions").get(0).path("actionIds").size())
                .isEqualTo(2);

        var notTheirs = api.as("officer-pk").post("/api/v1/actions/" + sendAgenda + "/reports")
                           .json("{\"status\": \"DONE\", \"note\": \"Sent\"}").send();
        assertThat(notTheirs.status()).as(notTheirs.toString()).isEqualTo(403);
        var done = api.as("officer-pk-mod").post("/api/v1/actions/" + sendAgenda + "/reports").json("""
                {"status": "DONE", "note": "Agenda sent to Minsk",
                 "evidence": [{"title": "Letter", "url": "https://mod.gov.pk/letters/114"}]}
                """).send();
        assertThat(done.status()).as(done.toString()).isEqualTo(201);
        assertThat(done.json().path("status").asString()).isEqualTo("DONE");
        ActionProgressReported reported = (ActionProgressReported) lastEventOf(meetingId);
        assertThat(reported.actionId()).isEqualTo(sendAgenda);
        assertThat(reported.body()).isEqualTo("PK-MOD");
        assertThat(reported.status()).isEqualTo(ActionReportStatus.DONE);
        assertThat(reported.evidence().get(0).url()).isEqualTo("https://mod.gov.pk/letters/114");

        JsonNode open = api.read("/api/v1/actions?status=OPEN");
        assertThat(open.findValuesAsString("id")).contains(nameDelegation).doesNotContain(sendAgenda);
        JsonNode pkMod = api.read("/api/v1/actions?owner=PK-MOD");
        assertThat(pkMod.findValuesAsString("id")).contains(sendAgenda).doesNotContain(nameDelegation);

        String next = plannedMeeting(today().plusDays(90));
        JsonNode nextAgenda = api.read("/api/v1/meetings/" + next + "/agenda");
        assertThat(nextAgenda.path("since").path("id").asString()).isNotEmpty();
        assertThat(itemOf(nextAgenda, "OPEN_ACTION", "actionId", nameDelegation)).as(nextAgenda.toString())
                .isNotNull();
        assertThat(itemOf(nextAgenda, "OPEN_ACTION", "actionId", sendAgenda)).isNull();
    }

    @Test
    void thePackIsAPdfWithTheAgendaTheProgressChartTheOpenActionsAndTheMomentItsBoardIsAsOf() throws IOException {
        var registered = api.as("chair").post("/api/v1/agreements").json("""
                {"ref": "%s", "title": "Соглашение о поставках тракторов", "kind": "AGREEMENT",
                 "sectors": ["INDUSTRY"], "parties": ["PK-MOD", "BY-MOD"]}
                """.formatted(Api.uniqueRef("TRACTORS"))).send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String held = heldMeeting();
        decide("chair", held, """
                {"text": "Trainers", "actions": [{"title": "Agree the delivery schedule", "owner": "BY-MOD",
                                                 "dueOn": "%s"}]}
                """.formatted(today().plusDays(40)));
        String meetingId = plannedMeeting(today().plusDays(7));

        var answer = api.as("chair").get("/api/v1/meetings/" + meetingId + "/pack")
                        .header("Accept", "application/pdf").send();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("application/pdf");
        assertThat(answer.header("Content-Disposition").orElseThrow()).contains("meeting-pack-" + today().plusDays(7));
        String asOf = api.read("/api/v1/meetings/" + meetingId + "/agenda").path("asOf").asString();
        try (PDDocument pdf = Loader.loadPDF(answer.bytes())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Meeting pack", "Coordination Committee", "Planned for " + today().plusDays(7),
                                      "Board as of " + asOf.substring(0, 10), "Agenda (drafted by the tracker)",
                                      "Open action item: Agree the delivery schedule", "Progress by agreement",
                                      "Соглашение о поставках тракторов", "Open action items");
        }
        var unknown = api.as("chair").get("/api/v1/meetings/no-such-meeting/pack")
                         .header("Accept", "application/pdf").send();
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
    }

    @Test
    void aDroppedActionStaysWithItsReasonAndTakesNoMoreReports() {
        String meetingId = heldMeeting();
        String actionId = decide("chair", meetingId, """
                {"text": "A liaison office", "actions": [{"title": "Find premises", "owner": "BY-MOD", "dueOn": "%s"}]}
                """.formatted(today().plusDays(10))).path("actions").get(0).path("id").asString();

        var dropped = api.as("chair").post("/api/v1/actions/" + actionId + "/drop")
                         .json("{\"reason\": \"The embassy hosts the office\"}").send();
        assertThat(dropped.status()).as(dropped.toString()).isEqualTo(200);
        assertThat(dropped.json().path("status").asString()).isEqualTo("DROPPED");
        assertThat(api.read("/api/v1/actions/" + actionId).path("dropReason").asString())
                .isEqualTo("The embassy hosts the office");
        assertThat(api.read("/api/v1/actions?status=DROPPED").findValuesAsString("id")).contains(actionId);

        var again = api.as("chair").post("/api/v1/actions/" + actionId + "/drop").json("{\"reason\": \"x\"}").send();
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        var report = api.as("officer-by-mod").post("/api/v1/actions/" + actionId + "/reports")
                        .json("{\"status\": \"IN_PROGRESS\", \"note\": \"Viewing\"}").send();
        assertThat(report.status()).as(report.toString()).isEqualTo(409);
        assertThat(report.json().path("code").asString()).isEqualTo("ACTION_ITEM_CLOSED");
    }

    @Test
    void theCommitteeSetsAPlannedMeetingsAgendaInItsOrderUntilItIsHeld() {
        String meetingId = plannedMeeting(today());
        var set = api.as("chair").method("PUT", "/api/v1/meetings/" + meetingId + "/agenda").json("""
                {"items": [{"kind": "ESCALATION", "title": "Silent bodies", "reason": "No report since spring"},
                           {"kind": "OPEN_ACTION", "title": "Trainers delivered"}]}
                """).send();
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        JsonNode agenda = api.read("/api/v1/meetings/" + meetingId + "/agenda");
        assertThat(agenda.path("edited").asBoolean()).isTrue();
        assertThat(agenda.path("items").findValuesAsString("title")).containsExactly("Silent bodies",
                                                                                   "Trainers delivered");
        api.as("chair").post("/api/v1/meetings/" + meetingId + "/held").json("{\"attendees\": [\"Ishaq Dar\"]}")
           .send();
        var late = api.as("chair").method("PUT", "/api/v1/meetings/" + meetingId + "/agenda")
                      .json("{\"items\": []}").send();
        assertThat(late.status()).as(late.toString()).isEqualTo(409);
        assertThat(late.json().path("code").asString()).isEqualTo("MEETING_HELD");
    }

    @Test
    void badDecisionsAndReportsAreRefusedWithTheFieldNamedAndRecordNothing() {
        String meetingId = heldMeeting();
        int before = eventsOf(meetingId).size();
        String[][] decisions = {
                {"{\"text\": \" \"}", "text"},
                {"{\"text\": \"x\", \"agreementIds\": [\"no-such-agreement\"]}", "agreementIds"},
                {"{\"text\": \"x\", \"actions\": [{\"title\": \"t\", \"owner\": \"NO-SUCH-BODY\", \"dueOn\": \"%s\"}]}"
                         .formatted(today().plusDays(1)), "actions[0].owner"},
                {"{\"text\": \"x\", \"actions\": [{\"title\": \"t\", \"owner\": \"PK-MOD\", \"dueOn\": \"2020-01-01\"}]}",
                 "actions[0].dueOn"},
                {"{\"text\": \"x\", \"actions\": [{\"title\": \"t\", \"owner\": \"PK-MOD\"}]}", "actions[0].dueOn"},
        };
        for (String[] refused : decisions) {
            var answer = api.as("chair").post("/api/v1/meetings/" + meetingId + "/decisions").json(refused[0])
                            .send();
            assertThat(answer.status()).as(refused[0] + ": " + answer).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).as(refused[0]).contains("\"" + refused[1] + "\"");
        }
        String actionId = decide("chair", meetingId, """
                {"text": "x", "actions": [{"title": "t", "owner": "PK-MOD", "dueOn": "%s"}]}
                """.formatted(today().plusDays(5))).path("actions").get(0).path("id").asString();
        for (String report : new String[] {"{\"note\": \"n\"}", "{\"status\": \"DONE\", \"note\": \"\"}",
                "{\"status\": \"FINISHED\", \"note\": \"n\"}",
                "{\"status\": \"DONE\", \"note\": \"n\", \"occurredOn\": \"" + today().plusDays(3) + "\"}"}) {
            var answer = api.as("officer-pk-mod").post("/api/v1/actions/" + actionId + "/reports").json(report)
                            .send();
            assertThat(answer.status()).as(report + ": " + answer).isEqualTo(400);
        }
        assertThat(eventsOf(meetingId)).hasSize(before + 1);
        assertThat(api.as("officer-pk-mod").post("/api/v1/actions/no-such-action/reports")
                      .json("{\"status\": \"DONE\", \"note\": \"n\"}").send().status()).isEqualTo(404);
        for (String user : new String[] {"officer-pk-mod", "auditor"}) {
            Http.Answer answer = api.as(user).post("/api/v1/meetings/" + meetingId + "/decisions")
                                    .json("{\"text\": \"x\"}").send();
            assertThat(answer.status()).as(user + ": " + answer).isEqualTo(403);
            assertThat(api.as(user).post("/api/v1/actions/" + actionId + "/drop").json("{\"reason\": \"r\"}")
                          .send().status()).as(user).isEqualTo(403);
        }
    }

    @Test
    void aDecisionAboutASecretAgreementIsWithheldWithItsActionsFromReadersNotClearedAndRefusedToThem() {
        var registered = api.as("cleared-committee").post("/api/v1/agreements").json("""
                {"ref": "%s", "title": "Trainer aircraft", "kind": "AGREEMENT", "sectors": ["DEFENCE"],
                 "parties": ["PK-MOD", "BY-MOD"], "classification": {"level": "SECRET", "compartments": ["DEFENCE"]}}
                """.formatted(Api.uniqueRef("SECRET"))).send();
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String secretAgreement = registered.json().path("id").asString();
        String meetingId = heldMeeting();
        String decision = """
                {"text": "Deliver the Tucano trainers", "agreementIds": ["%s"],
                 "actions": [{"title": "Ship the Tucano trainers", "owner": "BY-MOD", "dueOn": "%s"}]}
                """.formatted(secretAgreement, today().plusDays(20));
        var uncleared = api.as("chair").post("/api/v1/meetings/" + meetingId + "/decisions").json(decision).send();
        assertThat(uncleared.status()).as(uncleared.toString()).isEqualTo(403);
        String actionId = decide("cleared-committee", meetingId, decision).path("actions").get(0).path("id")
                                                                           .asString();

        for (String user : new String[] {"chair", "auditor", "officer-by-mod"}) {
            var meeting = api.as(user).get("/api/v1/meetings/" + meetingId).send();
            assertThat(meeting.body()).as(user).doesNotContain("Tucano");
            assertThat(meeting.json().path("decisions").get(0).path("withheld").path("level").asString())
                    .isEqualTo("SECRET");
            var actions = api.as(user).get("/api/v1/actions").send();
            assertThat(actions.body()).as(user).doesNotContain("Tucano").contains(actionId);
            assertThat(api.as(user).get("/api/v1/actions?owner=BY-MOD").send().body()).doesNotContain(actionId);
        }
        var report = api.as("officer-by-mod").post("/api/v1/actions/" + actionId + "/reports")
                        .json("{\"status\": \"DONE\", \"note\": \"Shipped\"}").send();
        assertThat(report.status()).as(report.toString()).isEqualTo(403);
        assertThat(report.body()).doesNotContain("Tucano");
        var cleared = api.as("defence-by").post("/api/v1/actions/" + actionId + "/reports")
                         .json("{\"status\": \"DONE\", \"note\": \"Shipped\"}").send();
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(201);
        assertThat(api.as("cleared-committee").get("/api/v1/actions/" + actionId).send().body()).contains("Tucano");
    }
}
