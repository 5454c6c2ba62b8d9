package org.agreementtracker.meeting;

import jakarta.servlet.http.HttpServletRequest;
import org.agreementtracker.api.agreement.AgreementRuleViolation;
import org.agreementtracker.api.agreement.RefusalCode;
import org.agreementtracker.api.meeting.ActionView;
import org.agreementtracker.api.meeting.FindAction;
import org.agreementtracker.api.meeting.DropAction;
import org.agreementtracker.api.meeting.RecordDecision;
import org.agreementtracker.api.meeting.RecordMeeting;
import org.agreementtracker.api.meeting.RecordMeetingHeld;
import org.agreementtracker.api.meeting.ReportActionProgress;
import org.agreementtracker.api.meeting.SetAgenda;
import org.agreementtracker.api.review.ActionDecision;
import org.agreementtracker.api.review.ActionItem;
import org.agreementtracker.problem.ResourceNotFoundException;
import org.agreementtracker.read.Reads;
import org.agreementtracker.security.Authorized;
import org.agreementtracker.security.TrackerUser;
import org.agreementtracker.write.Commands;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The committee's and the owner bodies' writes to meetings, the API's requests turned into commands, for the API
 * and the pages alike: each answers once the read models show it.
 */
@Component
public class MeetingWrites {

    private final Commands commands;
    private final DecisionClassification classification;
    private final Reads reads;

    MeetingWrites(Commands commands, DecisionClassification classification, Reads reads) {
        this.commands = commands;
        this.classification = classification;
        this.reads = reads;
    }

    /** The action item, which the caller must be cleared to read before they write to it. */
    public ActionView writable(String actionId) {
        ActionView action = reads.one(new FindAction(actionId), ActionView.class);
        if (action == null) {
            throw new ResourceNotFoundException("Action item", actionId);
        }
        if (action.withheld() != null) {
            throw new AgreementRuleViolation(RefusalCode.NOT_CLEARED, "Action item " + actionId + " is classified "
                    + action.withheld().describe() + "; your clearance does not allow it");
        }
        return action;
    }

    /** A meeting held or planned; its new id. */
    public String record(MeetingRequest meeting, TrackerUser caller, HttpServletRequest request) {
        String meetingId = UUID.randomUUID().toString();
        commands.recordMeeting(new RecordMeeting(meetingId, meeting.heldOn(), meeting.title(), meeting.attendees(),
                                                 meeting.status()),
                               caller, Authorized.ActingAs.COMMITTEE_OR_ADMIN, request);
        return meetingId;
    }

    public void held(String meetingId, HeldRequest held, TrackerUser caller, HttpServletRequest request) {
        commands.toMeeting(new RecordMeetingHeld(meetingId, held.heldOn(), held.attendees()), caller,
                           Authorized.ActingAs.COMMITTEE_OR_ADMIN, request);
    }

    public void agenda(String meetingId, AgendaRequest agenda, TrackerUser caller, HttpServletRequest request) {
        commands.toMeeting(new SetAgenda(meetingId, agenda.asSet()), caller, Authorized.ActingAs.COMMITTEE_OR_ADMIN,
                           request);
    }

    /** A decision of a held meeting, classified as its agreements are; its id and its action items' ids. */
    public DecisionAnswer decide(String meetingId, DecisionRequest decision, TrackerUser caller,
                                 HttpServletRequest request) {
        String decisionId = UUID.randomUUID().toString();
        List<ActionDecision> actions = decision.actionsAsDecided();
        List<String> agreementIds = decision.agreementIdsOrNone();
        commands.toMeeting(new RecordDecision(meetingId, decisionId, decision.text(), agreementIds, actions,
                                              classification.of(agreementIds, caller.clearance())),
                           caller, Authorized.ActingAs.COMMITTEE_OR_ADMIN, request);
        List<DecisionAnswer.ActionId> actionIds = new ArrayList<>();
        for (int i = 1; i <= actions.size(); i++) {
            actionIds.add(new DecisionAnswer.ActionId(ActionItem.idOf(decisionId, i)));
        }
        return new DecisionAnswer(decisionId, actionIds);
    }

    /** A report on an action item the caller may read. */
    public void report(ActionView action, ActionReportRequest report, TrackerUser caller,
                       HttpServletRequest request) {
        commands.toMeeting(new ReportActionProgress(action.meetingId(), action.id(), UUID.randomUUID().toString(),
                                                    commands.orToday(report.occurredOn()), report.status(),
                                                    report.note(), report.evidenceAsRecorded()),
                           caller, Authorized.ActingAs.MINISTRY_OR_COMMITTEE, request);
    }

    public void drop(ActionView action, DropRequest drop, TrackerUser caller, HttpServletRequest request) {
        commands.toMeeting(new DropAction(action.meetingId(), action.id(), drop.reason()), caller,
                           Authorized.ActingAs.COMMITTEE_OR_ADMIN, request);
    }
}
