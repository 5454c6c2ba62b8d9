package org.agreementtracker.meeting;

import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.agreement.RefusalCode;
import org.agreementtracker.api.meeting.MeetingRecorded;
import org.agreementtracker.api.meeting.RecordMeeting;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.agreementtracker.agreement.Agreements.refused;
import static org.agreementtracker.agreement.Agreements.refusedFor;

class MeetingTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-07-01T12:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate HELD_ON = LocalDate.parse("2025-06-30");
    private static final String TITLE = "Joint Ministerial Commission, 7th session";
    private static final List<String> ATTENDEES = List.of("Ishaq Dar", "Maxim Ryzhenkov");

    private AggregateTestFixture<Meeting> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Meeting.class);
        fixture.registerInjectableResource(CLOCK);
    }

    private static Map<String, String> by(Actor actor) {
        return actor.toMetadata();
    }

    private static RecordMeeting meeting(LocalDate heldOn, String title, String... attendees) {
        return new RecordMeeting("mt-1", heldOn, title, Arrays.asList(attendees));
    }

    @Test
    void theCommitteeRecordsAMeetingWithTitleAndAttendeesStripped() {
        fixture.givenNoPriorActivity()
               .when(meeting(HELD_ON, "  " + TITLE + " ", " Ishaq Dar", "Maxim Ryzhenkov "),
                     by(Actor.committee("chair")))
               .expectEvents(new MeetingRecorded("mt-1", HELD_ON, TITLE, ATTENDEES));
    }

    @Test
    void anAdministratorMayRecordOneToo() {
        fixture.givenNoPriorActivity()
               .when(meeting(HELD_ON, TITLE, "Ishaq Dar", "Maxim Ryzhenkov"), by(Actor.admin("root")))
               .expectEvents(new MeetingRecorded("mt-1", HELD_ON, TITLE, ATTENDEES));
    }

    @Test
    void aMinistryOfficerOrAnAuditorMayNot() {
        refused(fixture.givenNoPriorActivity()
                       .when(meeting(HELD_ON, TITLE, "Ishaq Dar"), by(Actor.ministry("amina", "PK", "PK-MOD"))),
                RefusalCode.ROLE_NOT_ALLOWED, "Only the committee or an administrator records meetings");
        refused(fixture.givenNoPriorActivity()
                       .when(meeting(HELD_ON, TITLE, "Ishaq Dar"),
                             by(new Actor("audit", org.agreementtracker.api.actor.Role.AUDITOR, null, null))),
                RefusalCode.ROLE_NOT_ALLOWED, "Only the committee or an administrator records meetings");
    }

    @Test
    void aMeetingNeedsItsDateATitleAndAttendees() {
        refusedFor(fixture.givenNoPriorActivity()
                          .when(meeting(null, TITLE, "Ishaq Dar"), by(Actor.committee("chair"))),
                   RefusalCode.REQUIRED, "heldOn");
        refusedFor(fixture.givenNoPriorActivity()
                          .when(meeting(HELD_ON, "  ", "Ishaq Dar"), by(Actor.committee("chair"))),
                   RefusalCode.REQUIRED, "title");
        refusedFor(fixture.givenNoPriorActivity()
                          .when(meeting(HELD_ON, TITLE), by(Actor.committee("chair"))),
                   RefusalCode.REQUIRED, "attendees");
        refusedFor(fixture.givenNoPriorActivity()
                          .when(meeting(HELD_ON, TITLE, "Ishaq Dar", " "), by(Actor.committee("chair"))),
                   RefusalCode.REQUIRED, "attendees");
    }

    @Test
    void anAttendeeIsNamedOnce() {
        refusedFor(fixture.givenNoPriorActivity()
                          .when(meeting(HELD_ON, TITLE, "Ishaq Dar", "Ishaq Dar "), by(Actor.committee("chair"))),
                   RefusalCode.INVALID_VALUE, "attendees");
    }

    @Test
    void aMeetingStillToComeIsNotRecordedButOneOnTomorrowsDateInAsiaIs() {
        refusedFor(fixture.givenNoPriorActivity()
                          .when(meeting(LocalDate.parse("2025-07-03"), TITLE, "Ishaq Dar"),
                                by(Actor.committee("chair"))),
                   RefusalCode.DATE_IN_FUTURE, "heldOn");
        fixture.givenNoPriorActivity()
               .when(meeting(LocalDate.parse("2025-07-02"), TITLE, "Ishaq Dar"), by(Actor.committee("chair")))
               .expectEvents(new MeetingRecorded("mt-1", LocalDate.parse("2025-07-02"), TITLE, List.of("Ishaq Dar")));
    }

    @Test
    void anOverlongTitleIsRefused() {
        refusedFor(fixture.givenNoPriorActivity()
                          .when(meeting(HELD_ON, "x".repeat(301), "Ishaq Dar"), by(Actor.committee("chair"))),
                   RefusalCode.INVALID_VALUE, "title");
    }
}
