package org.agreementtracker.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.agreementtracker.api.board.AgreementPage;
import org.agreementtracker.api.board.FindSummaryBoard;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.board.SummaryBoard;
import org.agreementtracker.api.meeting.Agenda;
import org.agreementtracker.api.meeting.FindAgenda;
import org.agreementtracker.api.meeting.FindHindsight;
import org.agreementtracker.api.meeting.FindMeeting;
import org.agreementtracker.api.meeting.HindsightEntry;
import org.agreementtracker.api.meeting.ListMeetings;
import org.agreementtracker.api.meeting.MeetingView;
import org.agreementtracker.problem.ResourceNotFoundException;
import org.agreementtracker.read.Reads;
import org.agreementtracker.security.Authorized;
import org.agreementtracker.security.TrackerUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** The committee's meetings: recorded, listed, and opened again as they saw the board, with hindsight. */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "What the committee knew at its meetings, and what it learned since")
public class MeetingsController {

    private final MeetingWrites writes;
    private final MeetingPacks packs;
    private final Reads reads;

    MeetingsController(MeetingWrites writes, MeetingPacks packs, Reads reads) {
        this.writes = writes;
        this.packs = packs;
        this.reads = reads;
    }

    @PostMapping
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    @Operation(summary = "Record a meeting of the committee: one held (the date not in the future, who attended) or "
            + "one planned (status PLANNED, the date it is planned for, who is invited)")
    public ResponseEntity<MeetingAnswer> record(@Valid @RequestBody MeetingRequest meeting, TrackerUser caller,
                                                HttpServletRequest request) {
        String meetingId = writes.record(meeting, caller, request);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meetingId)).body(new MeetingAnswer(meetingId));
    }

    @PostMapping("/{id}/held")
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    @Operation(summary = "Record that a planned meeting was held: the day (the planned one when absent), who attended",
               description = "From then on its board is the one the tracker knew when this was recorded (seenAt).")
    public MeetingView held(@PathVariable String id, @Valid @RequestBody HeldRequest held, TrackerUser caller,
                            HttpServletRequest request) {
        find(id);
        writes.held(id, held, caller, request);
        return find(id);
    }

    @PostMapping("/{id}/decisions")
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    @Operation(summary = "Record a decision of a held meeting: its text, the agreements it concerns, and action "
            + "items for bodies (what, owner, due date)",
               description = "The decision and its action items are classified as the agreements they concern; "
                       + "each action item is tracked until its owner reports it DONE or the committee drops it.")
    public ResponseEntity<DecisionAnswer> decide(@PathVariable String id, @Valid @RequestBody DecisionRequest decision,
                                                 TrackerUser caller, HttpServletRequest request) {
        find(id);
        DecisionAnswer decided = writes.decide(id, decision, caller, request);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id))
                             .body(decided);
    }

    @GetMapping("/{id}/agenda")
    @PreAuthorize(Authorized.ANY_USER)
    @Operation(summary = "The meeting's agenda: drafted by the tracker, or as the committee set it",
               description = "The draft lists milestones due or overdue since the last meeting, disputed accounts, "
                       + "open action items, agreements whose confidence fell and what changed since the last "
                       + "meeting, from the board as of asOf (now for a planned meeting, what a held one saw).")
    public Agenda agenda(@PathVariable String id) {
        find(id);
        return reads.one(new FindAgenda(id), Agenda.class);
    }

    @GetMapping(value = "/{id}/pack", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(Authorized.ANY_USER)
    @Operation(summary = "The meeting pack (PDF): the agenda, each agreement's progress as a chart, the open action "
            + "items, and the moment its board is as of")
    public ResponseEntity<byte[]> pack(@PathVariable String id) {
        return packs.pack(find(id));
    }

    @PutMapping("/{id}/agenda")
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    @Operation(summary = "Set a planned meeting's agenda: the drafted items reordered, edited or left out")
    public Agenda setAgenda(@PathVariable String id, @Valid @RequestBody AgendaRequest agenda, TrackerUser caller,
                            HttpServletRequest request) {
        find(id);
        writes.agenda(id, agenda, caller, request);
        return reads.one(new FindAgenda(id), Agenda.class);
    }

    @GetMapping
    @PreAuthorize(Authorized.ANY_USER)
    @Operation(summary = "Every recorded meeting, the latest held first")
    public List<MeetingView> meetings() {
        return reads.list(new ListMeetings(), MeetingView.class);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Authorized.ANY_USER)
    @Operation(summary = "A meeting, with seenAt: the moment whose board it saw",
               description = "seenAt is when the meeting was recorded, or the end of the day it was held on (UTC) "
                       + "if it was recorded later.")
    public MeetingView meeting(@PathVariable String id) {
        return find(id);
    }

    @GetMapping("/{id}/board")
    @PreAuthorize(Authorized.ANY_USER)
    @Operation(summary = "The board as the meeting saw it: every agreement row and the summary as of its seenAt",
               description = "Computed from the events recorded up to seenAt (see asOf on GET /agreements); what "
                       + "was recorded afterwards, even about earlier dates, is left out: see /hindsight.")
    public MeetingBoard board(@PathVariable String id) {
        MeetingView meeting = find(id);
        AgreementPage rows = reads.one(new ListAgreements(null, null, null, null, null, meeting.seenAt()),
                                       AgreementPage.class);
        SummaryBoard summary = reads.one(new FindSummaryBoard(meeting.seenAt()), SummaryBoard.class);
        return new MeetingBoard(meeting, meeting.seenAt(), rows.rows(), summary);
    }

    @GetMapping("/{id}/hindsight")
    @PreAuthorize(Authorized.ANY_USER)
    @Operation(summary = "What was recorded after the meeting about dates on or before the day it was held",
               description = "Late reports, corrections, lifecycle steps: every event of an agreement recorded after "
                       + "the meeting's seenAt whose business date (occurredOn, effectiveOn) is on or before heldOn; "
                       + "oldest recording first.")
    public List<HindsightEntry> hindsight(@PathVariable String id) {
        find(id);
        return reads.list(new FindHindsight(id), HindsightEntry.class);
    }

    MeetingView find(String id) {
        MeetingView meeting = reads.one(new FindMeeting(id), MeetingView.class);
        if (meeting == null) {
            throw new ResourceNotFoundException("Meeting", id);
        }
        return meeting;
    }
}
