package org.agreementtracker.meeting;

import org.agreementtracker.agreement.BusinessDates;
import org.agreementtracker.agreement.EvidencePolicy;
import org.agreementtracker.agreement.Require;
import org.agreementtracker.api.actor.Actor;
import org.agreementtracker.api.actor.Role;
import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.RefusalCode;
import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.api.classification.Classification;
import org.agreementtracker.api.meeting.ActionDropped;
import org.agreementtracker.api.meeting.ActionProgressReported;
import org.agreementtracker.api.meeting.AgendaItem;
import org.agreementtracker.api.meeting.AgendaSet;
import org.agreementtracker.api.meeting.DecisionRecorded;
import org.agreementtracker.api.meeting.DropAction;
import org.agreementtracker.api.meeting.MeetingHeld;
import org.agreementtracker.api.meeting.MeetingPlanned;
import org.agreementtracker.api.meeting.MeetingRecorded;
import org.agreementtracker.api.meeting.MeetingStatus;
import org.agreementtracker.api.meeting.MeetingVersion;
import org.agreementtracker.api.meeting.RecordDecision;
import org.agreementtracker.api.meeting.RecordMeeting;
import org.agreementtracker.api.meeting.RecordMeetingHeld;
import org.agreementtracker.api.meeting.ReportActionProgress;
import org.agreementtracker.api.meeting.SetAgenda;
import org.agreementtracker.api.milestone.Evidence;
import org.agreementtracker.api.review.ActionDecision;
import org.agreementtracker.api.review.ActionItem;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateMember;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A meeting of the committee, recorded by the committee or an administrator: planned for a date (its agenda drafted
 * and set) and then held, or recorded once held. A held meeting's minutes take decisions, each with the action items
 * it gives bodies ({@link MeetingAction}, an {@code @AggregateMember}), which their owners report on until done or
 * the committee drops them. The timestamp of the event that says it was held is when the tracker learned of it, which
 * is what the board as seen at the meeting and the hindsight after it are measured from.
 */
public class Meeting {

    private static final int MAX_TITLE_LENGTH = 300;
    private static final int MAX_TEXT_LENGTH = 4000;
    private static final Set<Role> RECORDERS = Set.of(Role.COMMITTEE, Role.ADMIN);

    @AggregateIdentifier
    private String meetingId;
    private MeetingStatus status;
    private LocalDate heldOn;
    private Set<String> decisionIds = new HashSet<>();
    @AggregateMember
    private Map<String, MeetingAction> actions = new LinkedHashMap<>();

    /** For Axon, which rebuilds the meeting from its events. */
    protected Meeting() {
    }

    @CommandHandler
    public Meeting(RecordMeeting command, MetaData metaData, Clock clock) {
        refuseUnlessRecorder(metaData, "records meetings");
        String meetingId = Require.text("meetingId", command.meetingId());
        String title = limited("title", Require.text("title", command.title()), MAX_TITLE_LENGTH);
        if (command.status() == MeetingStatus.PLANNED) {
            LocalDate plannedOn = Require.present("heldOn", command.heldOn());
            apply(new MeetingPlanned(meetingId, plannedOn, title, names(command.attendees(), false)));
            return;
        }
        LocalDate heldOn = BusinessDates.stated("heldOn", command.heldOn(), clock);
        apply(new MeetingRecorded(meetingId, heldOn, title, names(command.attendees(), true)),
              BusinessDates.on(heldOn));
    }

    @CommandHandler
    public MeetingVersion handle(RecordMeetingHeld command, MetaData metaData, Clock clock) {
        refuseUnlessRecorder(metaData, "records meetings");
        if (status == MeetingStatus.HELD) {
            throw new AgreementRuleViolation(RefusalCode.MEETING_HELD,
                                             "Meeting " + meetingId + " was held on " + heldOn + " already");
        }
        LocalDate held = BusinessDates.stated("heldOn", command.heldOn() == null ? heldOn : command.heldOn(), clock);
        apply(new MeetingHeld(meetingId, held, names(command.attendees(), true)), BusinessDates.on(held));
        return version();
    }

    @CommandHandler
    public MeetingVersion handle(SetAgenda command, MetaData metaData) {
        refuseUnlessRecorder(metaData, "sets agendas");
        if (status == MeetingStatus.HELD) {
            throw new AgreementRuleViolation(RefusalCode.MEETING_HELD, "Meeting " + meetingId + " was held on "
                    + heldOn + "; its agenda is what it was then");
        }
        List<AgendaItem> items = new ArrayList<>();
        for (int i = 0; i < command.items().size(); i++) {
            String field = "items[" + i + "]";
            AgendaItem item = Require.present(field, command.items().get(i));
            Require.present(field + ".kind", item.kind());
            items.add(new AgendaItem(item.kind(), Require.optionalText(item.agreementId()),
                                     Require.optionalText(item.milestoneId()), Require.optionalText(item.actionId()),
                                     limited(field + ".title", Require.text(field + ".title", item.title()),
                                             MAX_TITLE_LENGTH),
                                     limited(field + ".reason", Require.optionalText(item.reason()),
                                             MAX_TEXT_LENGTH)));
        }
        apply(new AgendaSet(meetingId, items));
        return version();
    }

    @CommandHandler
    public MeetingVersion handle(RecordDecision command, MetaData metaData, BodyRegister bodies) {
        refuseUnlessRecorder(metaData, "records decisions");
        String decisionId = Require.text("decisionId", command.decisionId());
        String text = limited("text", Require.text("text", command.text()), MAX_TEXT_LENGTH);
        List<String> agreementIds = new ArrayList<>();
        for (String agreementId : command.agreementIds()) {
            String id = Require.text("agreementIds", agreementId);
            if (agreementIds.contains(id)) {
                throw Require.invalid("agreementIds", "Agreement " + id + " is named twice");
            }
            agreementIds.add(id);
        }
        List<ActionItem> items = new ArrayList<>();
        for (int i = 0; i < command.actions().size(); i++) {
            items.add(actionItem(ActionItem.idOf(decisionId, i + 1), "actions[" + i + "]", command.actions().get(i),
                                 bodies));
        }
        if (decisionIds.contains(decisionId)) {
            throw new AgreementRuleViolation(RefusalCode.DUPLICATE_ID, "decisionId",
                                             "Meeting " + meetingId + " already has a decision " + decisionId);
        }
        if (status != MeetingStatus.HELD) {
            throw new AgreementRuleViolation(RefusalCode.MEETING_NOT_HELD, "Meeting " + meetingId
                    + " is planned for " + heldOn + "; its decisions are recorded once it is held");
        }
        apply(new DecisionRecorded(meetingId, decisionId, text, agreementIds, items, command.classification()),
              content(command.classification()).mergedWith(BusinessDates.on(heldOn)));
        return version();
    }

    private ActionItem actionItem(String actionId, String field, ActionDecision decision, BodyRegister bodies) {
        Require.present(field, decision);
        String title = limited(field + ".title", Require.text(field + ".title", decision.title()), MAX_TITLE_LENGTH);
        Body owner = bodies.registered(field + ".owner", Require.text(field + ".owner", decision.owner()));
        LocalDate dueOn = Require.present(field + ".dueOn", decision.dueOn());
        if (heldOn != null && dueOn.isBefore(heldOn)) {
            throw Require.invalid(field + ".dueOn", "Action '" + title + "' is due on " + dueOn
                    + ", before the meeting of " + heldOn + " that decided it");
        }
        return new ActionItem(actionId, title, owner.id(), owner.country(), dueOn);
    }

    @CommandHandler
    public MeetingVersion handle(ReportActionProgress command, MetaData metaData, Clock clock) {
        MeetingAction action = action(command.actionId());
        String body = ActionReporting.bodyOf(Actor.fromMetadata(metaData), action);
        String reportId = Require.text("reportId", command.reportId());
        LocalDate occurredOn = BusinessDates.stated("occurredOn", command.occurredOn(), clock);
        Require.present("status", command.status());
        String note = limited("note", Require.text("note", command.note()), MAX_TEXT_LENGTH);
        List<Evidence> evidence = EvidencePolicy.checked(command.evidence());
        action.refuseIfReported(reportId);
        action.refuseIfClosed("reported on");
        BusinessDates.notBefore("occurredOn", occurredOn, heldOn, "the meeting that decided action "
                + action.actionId());
        apply(new ActionProgressReported(meetingId, action.actionId(), reportId, body, occurredOn, command.status(),
                                         note, evidence),
              content(action.classification()).mergedWith(BusinessDates.on(occurredOn)));
        return version();
    }

    @CommandHandler
    public MeetingVersion handle(DropAction command, MetaData metaData) {
        refuseUnlessRecorder(metaData, "drops action items");
        MeetingAction action = action(command.actionId());
        String reason = limited("reason", Require.text("reason", command.reason()), MAX_TEXT_LENGTH);
        action.refuseIfClosed("dropped");
        apply(new ActionDropped(meetingId, action.actionId(), reason), content(action.classification()));
        return version();
    }

    private MeetingAction action(String actionId) {
        MeetingAction action = actionId == null ? null : actions.get(actionId);
        if (action == null) {
            throw new AgreementRuleViolation(RefusalCode.UNKNOWN_ACTION_ITEM, "actionId",
                                             "Meeting " + meetingId + " has no action item " + actionId);
        }
        return action;
    }

    private static void refuseUnlessRecorder(MetaData metaData, String what) {
        Actor actor = Actor.fromMetadata(metaData);
        if (actor == null || !RECORDERS.contains(actor.role())) {
            throw new AgreementRuleViolation(RefusalCode.ROLE_NOT_ALLOWED,
                                             "Only the committee or an administrator " + what);
        }
    }

    private static String limited(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw Require.invalid(field, field + " has at most " + max + " characters");
        }
        return text;
    }

    /** The content classification of a decision's events, which sealing and the audit export go by. */
    private static MetaData content(Classification classification) {
        return classification == null ? MetaData.emptyInstance() : MetaData.from(classification.toContentMetadata());
    }

    private static List<String> names(List<String> given, boolean required) {
        if (required && given.isEmpty()) {
            throw new AgreementRuleViolation(RefusalCode.REQUIRED, "attendees", "attendees is required: who attended");
        }
        List<String> names = new ArrayList<>();
        for (String attendee : given) {
            String name = Require.text("attendees", attendee);
            if (names.contains(name)) {
                throw Require.invalid("attendees", name + " is named twice among the attendees");
            }
            names.add(name);
        }
        return names;
    }

    private MeetingVersion version() {
        return new MeetingVersion(meetingId, AggregateLifecycle.getVersion());
    }

    @EventSourcingHandler
    void on(MeetingRecorded event) {
        this.meetingId = event.meetingId();
        this.status = MeetingStatus.HELD;
        this.heldOn = event.heldOn();
    }

    @EventSourcingHandler
    void on(MeetingPlanned event) {
        this.meetingId = event.meetingId();
        this.status = MeetingStatus.PLANNED;
        this.heldOn = event.plannedOn();
    }

    @EventSourcingHandler
    void on(MeetingHeld event) {
        this.status = MeetingStatus.HELD;
        this.heldOn = event.heldOn();
    }

    @EventSourcingHandler
    void on(DecisionRecorded event) {
        decisionIds.add(event.decisionId());
        for (ActionItem item : event.actions()) {
            actions.put(item.actionId(), new MeetingAction(item, event.classification()));
        }
    }
}
