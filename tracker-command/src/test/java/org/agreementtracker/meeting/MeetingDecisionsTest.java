package org.agreementtracker.meeting;

import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.actor.Role;
import org.agreementtracker.api.agreement.RefusalCode;
import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.meeting.ActionDropped;
import org.agreementtracker.api.meeting.ActionProgressReported;
import org.agreementtracker.api.meeting.ActionReportStatus;
import org.agreementtracker.api.meeting.AgendaItem;
import org.agreementtracker.api.meeting.AgendaItemKind;
import org.agreementtracker.api.meeting.AgendaSet;
import org.agreementtracker.api.meeting.DecisionRecorded;
import org.agreementtracker.api.meeting.DropAction;
import org.agreementtracker.api.meeting.MeetingHeld;
import org.agreementtracker.api.meeting.MeetingPlanned;
import org.agreementtracker.api.meeting.MeetingStatus;
import org.agreementtracker.api.meeting.RecordDecision;
import org.agreementtracker.api.meeting.RecordMeeting;
import org.agreementtracker.api.meeting.RecordMeetingHeld;
import org.agreementtracker.api.meeting.ReportActionProgress;
import org.agreementtracker.api.meeting.SetAgenda;
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.review.ActionDecision;
import org.agreementtracker.api.review.ActionItem;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.agreementtracker.agreement.Agreements.capturing;
import static org.agreementtracker.agreement.Agreements.refused;
import static org.agreementtracker.agreement.Agreements.refusedFor;
import static org.assertj.core.api.Assertions.assertThat;

/** A meeting planned, held, its decisions and their action items, reported on by their owners or dropped. */
class MeetingDecisionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate PLANNED_ON = LocalDate.parse("2025-06-30");
    private static final String TITLE = "Coordination Committee, 3rd meeting";
    private static final Map<String, String> CHAIR = Actor.committee("chair").toMetadata();
    private static final Map<String, String> LABOUR_OFFICER = Actor.ministry("olga", "BY", "BY-MLSP").toMetadata();
    private static final Map<String, String> PK_OFFICER = Actor.ministry("amina", "PK", "PK-MOFA").toMetadata();

    private static final MeetingPlanned PLANNED = new MeetingPlanned("mt-1", PLANNED_ON, TITLE, List.of("Ishaq Dar"));
    private static final MeetingHeld HELD = new MeetingHeld("mt-1", PLANNED_ON, List.of("Ishaq Dar", "Maxim Ryzhenkov"));
    private static final ActionItem SEND_LIST = new ActionItem("d-1-1", "Send the list of vacancies", "BY-MLSP", "BY",
                                                               LocalDate.parse("2025-08-31"));
    private static final DecisionRecorded DECIDED = new DecisionRecorded(
            "mt-1", "d-1", "The labour ministry sends its vacancies", List.of("ag-labour"), List.of(SEND_LIST), null);

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(BodyRegister.of(List.of(new Body("BY-MLSP", "BY", "Ministry of Labour"),
                                                                   new Body("PK-MOFA", "PK", "Foreign Affairs"))));
    }

    private static RecordDecision decision(ActionDecision... actions) {
        return new RecordDecision("mt-1", "d-1", "The labour ministry sends its vacancies", List.of("ag-labour"),
                                  List.of(actions), null);
    }

    @Test
    void aMeetingIsPlannedAheadWithThoseInvited() {
        fixture.givenNoPriorActivity()
               .when(new RecordMeeting("mt-1", LocalDate.parse("2025-09-15"), TITLE, List.of("Ishaq Dar"),
                                       MeetingStatus.PLANNED), CHAIR)
               .expectEvents(new MeetingPlanned("mt-1", LocalDate.parse("2025-09-15"), TITLE, List.of("Ishaq Dar")));
    }

    @Test
    void aPlannedMeetingIsHeldOnItsDayUnlessAnotherIsGiven() {
        fixture.given(PLANNED)
               .when(new RecordMeetingHeld("mt-1", null, List.of("Ishaq Dar", "Maxim Ryzhenkov")), CHAIR)
               .expectEvents(HELD);
    }

    @Test
    void aMeetingIsHeldOnceAndNotInTheFuture() {
        refused(fixture.given(PLANNED, HELD).when(new RecordMeetingHeld("mt-1", null, List.of("Ishaq Dar")), CHAIR),
                RefusalCode.MEETING_HELD, "Meeting mt-1 was held on 2025-06-30 already");
        refusedFor(fixture.given(PLANNED)
                          .when(new RecordMeetingHeld("mt-1", LocalDate.parse("2025-07-05"), List.of("Ishaq Dar")),
                                CHAIR),
                   RefusalCode.DATE_IN_FUTURE, "heldOn");
        refusedFor(fixture.given(PLANNED).when(new RecordMeetingHeld("mt-1", null, List.of()), CHAIR),
                   RefusalCode.REQUIRED, "attendees");
    }

    @Test
    void theCommitteeSetsAPlannedMeetingsAgendaButNotOnceItIsHeld() {
        AgendaItem item = new AgendaItem(AgendaItemKind.OPEN_ACTION, null, null, "d-0-1", " Vacancies ", null);
        fixture.given(PLANNED)
               .when(new SetAgenda("mt-1", List.of(item)), CHAIR)
               .expectEvents(new AgendaSet("mt-1", List.of(new AgendaItem(AgendaItemKind.OPEN_ACTION, null, null,
                                                                           "d-0-1", "Vacancies", null))));
        refused(fixture.given(PLANNED, HELD).when(new SetAgenda("mt-1", List.of(item)), CHAIR),
                RefusalCode.MEETING_HELD, "Meeting mt-1 was held on 2025-06-30; its agenda is what it was then");
        refusedFor(fixture.given(PLANNED)
                          .when(new SetAgenda("mt-1", List.of(new AgendaItem(null, null, null, null, "x", null))),
                                CHAIR),
                   RefusalCode.REQUIRED, "items[0].kind");
        refused(fixture.given(PLANNED).when(new SetAgenda("mt-1", List.of(item)), LABOUR_OFFICER),
                RefusalCode.ROLE_NOT_ALLOWED, "Only the committee or an administrator sets agendas");
    }

    @Test
    void aHeldMeetingRecordsADecisionWithActionItemsNumberedAfterIt() {
        fixture.given(PLANNED, HELD)
               .when(decision(new ActionDecision("Send the list of vacancies", "BY-MLSP",
                                                 LocalDate.parse("2025-08-31"))), CHAIR)
               .expectEvents(DECIDED);
    }

    @Test
    void aDecisionWaitsForTheMeetingToBeHeld() {
        refused(fixture.given(PLANNED).when(decision(), CHAIR), RefusalCode.MEETING_NOT_HELD,
                "Meeting mt-1 is planned for 2025-06-30; its decisions are recorded once it is held");
    }

    @Test
    void anActionNeedsAKnownOwnerAndADueDateNotBeforeTheMeeting() {
        refusedFor(fixture.given(PLANNED, HELD)
                          .when(decision(new ActionDecision("x", "XX-NONE", LocalDate.parse("2025-08-31"))), CHAIR),
                   RefusalCode.UNKNOWN_BODY, "actions[0].owner");
        refusedFor(fixture.given(PLANNED, HELD)
                          .when(decision(new ActionDecision("x", "BY-MLSP", LocalDate.parse("2025-06-01"))), CHAIR),
                   RefusalCode.INVALID_VALUE, "actions[0].dueOn");
        refusedFor(fixture.given(PLANNED, HELD).when(decision(new ActionDecision(" ", "BY-MLSP", null)), CHAIR),
                   RefusalCode.REQUIRED, "actions[0].title");
        refused(fixture.given(PLANNED, HELD, DECIDED).when(decision(), CHAIR), RefusalCode.DUPLICATE_ID,
                "Meeting mt-1 already has a decision d-1");
        refused(fixture.given(PLANNED, HELD).when(decision(), LABOUR_OFFICER), RefusalCode.ROLE_NOT_ALLOWED,
                "Only the committee or an administrator records decisions");
    }

    @Test
    void aClassifiedDecisionCarriesItsClassificationOntoItsEventsAndItsActionsEvents() {
        Classification secret = new Classification("SECRET", List.of("DEFENCE"), List.of());
        List<EventMessage<?>> published = new ArrayList<>();
        DecisionRecorded decided = new DecisionRecorded("mt-1", "d-1", "Defence", List.of("ag-defence"),
                                                        List.of(SEND_LIST), secret);
        fixture.given(PLANNED, HELD)
               .when(new RecordDecision("mt-1", "d-1", "Defence", List.of("ag-defence"),
                                        List.of(new ActionDecision(SEND_LIST.title(), "BY-MLSP", SEND_LIST.dueOn())),
                                        secret), CHAIR)
               .expectEventsMatching(capturing(published));
        fixture.given(PLANNED, HELD, decided)
               .when(new DropAction("mt-1", "d-1-1", "Superseded"), CHAIR)
               .expectEventsMatching(capturing(published));

        assertThat(published.stream().map(event -> (Object) event.getPayload()).toList())
                             .containsExactly(decided, new ActionDropped("mt-1", "d-1-1", "Superseded"));
        assertThat(published).allSatisfy(event -> assertThat(Classification.ofContent(event.getMetaData()))
                .isEqualTo(secret));
    }

    @Test
    void theOwnersOfficerReportsTheActionDoneWithEvidence() {
        Evidence letter = new Evidence("Letter No. 12", "https://mintrud.gov.by/letter-12", null, "letter");
        fixture.given(PLANNED, HELD, DECIDED)
               .when(new ReportActionProgress("mt-1", "d-1-1", "r-1", LocalDate.parse("2025-07-01"),
                                              ActionReportStatus.DONE, "Sent", List.of(letter)), LABOUR_OFFICER)
               .expectEvents(new ActionProgressReported("mt-1", "d-1-1", "r-1", "BY-MLSP",
                                                        LocalDate.parse("2025-07-01"), ActionReportStatus.DONE,
                                                        "Sent", List.of(letter)));
    }

    @Test
    void theCommitteeMayEnterTheOwnersAccount() {
        fixture.given(PLANNED, HELD, DECIDED)
               .when(new ReportActionProgress("mt-1", "d-1-1", "r-1", PLANNED_ON, ActionReportStatus.IN_PROGRESS,
                                              "Half sent", List.of()), CHAIR)
               .expectEvents(new ActionProgressReported("mt-1", "d-1-1", "r-1", "BY-MLSP", PLANNED_ON,
                                                        ActionReportStatus.IN_PROGRESS, "Half sent", List.of()));
    }

    @Test
    void onlyTheOwnerBodyOrTheCommitteeReports() {
        ReportActionProgress report = new ReportActionProgress("mt-1", "d-1-1", "r-1", PLANNED_ON,
                                                               ActionReportStatus.DONE, "Sent", List.of());
        refused(fixture.given(PLANNED, HELD, DECIDED).when(report, PK_OFFICER), RefusalCode.NOT_YOUR_BODY,
                "Action item d-1-1 is owned by BY-MLSP; ministry officer amina of PK-MOFA may not report on it");
        refused(fixture.given(PLANNED, HELD, DECIDED)
                       .when(report, new Actor("audit", Role.AUDITOR, null, null).toMetadata()),
                RefusalCode.ROLE_NOT_ALLOWED, "Only officers of the owner body and committee members report on action items; audit acts as AUDITOR");
    }

    @Test
    void aReportIsRefusedForAnUnknownActionABadLinkADateBeforeTheMeetingOrAClosedAction() {
        refusedFor(fixture.given(PLANNED, HELD, DECIDED)
                          .when(new ReportActionProgress("mt-1", "d-9-9", "r-1", PLANNED_ON,
                                                         ActionReportStatus.DONE, "Sent", List.of()), CHAIR),
                   RefusalCode.UNKNOWN_ACTION_ITEM, "actionId");
        refusedFor(fixture.given(PLANNED, HELD, DECIDED)
                          .when(new ReportActionProgress("mt-1", "d-1-1", "r-1", PLANNED_ON,
                                                         ActionReportStatus.DONE, "Sent",
                                                         List.of(new Evidence("Letter", "mintrud.gov.by", null,
                                                                              null))), CHAIR),
                   RefusalCode.INVALID_VALUE, "evidence[0].url");
        refusedFor(fixture.given(PLANNED, HELD, DECIDED)
                          .when(new ReportActionProgress("mt-1", "d-1-1", "r-1", LocalDate.parse("2025-06-01"),
                                                         ActionReportStatus.DONE, "Sent", List.of()), CHAIR),
                   RefusalCode.DATE_OUT_OF_ORDER, "occurredOn");
        ActionProgressReported done = new ActionProgressReported("mt-1", "d-1-1", "r-1", "BY-MLSP", PLANNED_ON,
                                                                 ActionReportStatus.DONE, "Sent", List.of());
        refused(fixture.given(PLANNED, HELD, DECIDED, done)
                       .when(new ReportActionProgress("mt-1", "d-1-1", "r-2", PLANNED_ON,
                                                      ActionReportStatus.DONE, "Again", List.of()), CHAIR),
                RefusalCode.ACTION_ITEM_CLOSED, "Action item d-1-1 is DONE; it can no longer be reported on");
    }

    @Test
    void theCommitteeDropsAnOpenActionWithAReasonAndItStaysClosed() {
        fixture.given(PLANNED, HELD, DECIDED)
               .when(new DropAction("mt-1", "d-1-1", "Superseded by the 2026 roadmap"), CHAIR)
               .expectEvents(new ActionDropped("mt-1", "d-1-1", "Superseded by the 2026 roadmap"));
        refusedFor(fixture.given(PLANNED, HELD, DECIDED).when(new DropAction("mt-1", "d-1-1", " "), CHAIR),
                   RefusalCode.REQUIRED, "reason");
        refused(fixture.given(PLANNED, HELD, DECIDED).when(new DropAction("mt-1", "d-1-1", "no"), LABOUR_OFFICER),
                RefusalCode.ROLE_NOT_ALLOWED, "Only the committee or an administrator drops action items");
        refused(fixture.given(PLANNED, HELD, DECIDED, new ActionDropped("mt-1", "d-1-1", "Superseded"))
                       .when(new ReportActionProgress("mt-1", "d-1-1", "r-1", PLANNED_ON, ActionReportStatus.DONE,
                                                      "Sent", List.of()), LABOUR_OFFICER),
                RefusalCode.ACTION_ITEM_CLOSED, "Action item d-1-1 is DROPPED; it can no longer be reported on");
    }
}
