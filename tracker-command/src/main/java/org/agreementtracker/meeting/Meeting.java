package org.agreementtracker.meeting;

import org.agreementtracker.agreement.BusinessDates;
import org.agreementtracker.agreement.Require;
import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.actor.Role;
import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.RefusalCode;
import org.agreementtracker.api.meeting.MeetingRecorded;
import org.agreementtracker.api.meeting.RecordMeeting;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A meeting of the committee: recorded once, by the committee or an administrator, with the date it was held (not in
 * the future), a title and who attended. Its event's timestamp is when the tracker learned of it, which is what the
 * board as seen at the meeting and the hindsight after it are measured from.
 */
public class Meeting {

    private static final int MAX_TITLE_LENGTH = 300;
    private static final Set<Role> RECORDERS = Set.of(Role.COMMITTEE, Role.ADMIN);

    @AggregateIdentifier
    private String meetingId;

    /** For Axon, which rebuilds the meeting from its event. */
    protected Meeting() {
    }

    @CommandHandler
    public Meeting(RecordMeeting command, MetaData metaData, Clock clock) {
        Actor actor = Actor.fromMetadata(metaData);
        if (actor == null || !RECORDERS.contains(actor.role())) {
            throw new AgreementRuleViolation(RefusalCode.ROLE_NOT_ALLOWED,
                                             "Only the committee or an administrator records meetings");
        }
        String meetingId = Require.text("meetingId", command.meetingId());
        LocalDate heldOn = BusinessDates.stated("heldOn", command.heldOn(), clock);
        String title = Require.text("title", command.title());
        if (title.length() > MAX_TITLE_LENGTH) {
            throw Require.invalid("title", "A title has at most " + MAX_TITLE_LENGTH + " characters");
        }
        apply(new MeetingRecorded(meetingId, heldOn, title, attendees(command.attendees())), BusinessDates.on(heldOn));
    }

    private static List<String> attendees(List<String> attendees) {
        if (attendees.isEmpty()) {
            throw new AgreementRuleViolation(RefusalCode.REQUIRED, "attendees", "attendees is required: who attended");
        }
        List<String> names = new ArrayList<>();
        for (String attendee : attendees) {
            String name = Require.text("attendees", attendee);
            if (names.contains(name)) {
                throw Require.invalid("attendees", name + " is named twice among the attendees");
            }
            names.add(name);
        }
        return names;
    }

    @EventSourcingHandler
    void on(MeetingRecorded event) {
        this.meetingId = event.meetingId();
    }
}
