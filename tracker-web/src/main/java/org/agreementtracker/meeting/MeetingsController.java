package org.agreementtracker.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.agreementtracker.api.board.AgreementPage;
import org.agreementtracker.api.board.FindSummaryBoard;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.board.SummaryBoard;
import org.agreementtracker.api.meeting.FindHindsight;
import org.agreementtracker.api.meeting.FindMeeting;
import org.agreementtracker.api.meeting.HindsightEntry;
import org.agreementtracker.api.meeting.ListMeetings;
import org.agreementtracker.api.meeting.MeetingView;
import org.agreementtracker.api.meeting.RecordMeeting;
import org.agreementtracker.problem.ResourceNotFoundException;
import org.agreementtracker.read.Reads;
import org.agreementtracker.security.Authorized;
import org.agreementtracker.security.TrackerUser;
import org.agreementtracker.write.Commands;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The committee's meetings: recorded, listed, and opened again as they saw the board, with hindsight. */
@RestController
@RequestMapping("/api/v1/meetings")
@Tag(name = "Meetings", description = "What the committee knew at its meetings, and what it learned since")
public class MeetingsController {

    private final Commands commands;
    private final Reads reads;

    public MeetingsController(Commands commands, Reads reads) {
        this.commands = commands;
        this.reads = reads;
    }

    @PostMapping
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    @Operation(summary = "Record a meeting of the committee: the date it was held (not in the future), a title, "
            + "who attended")
    public ResponseEntity<MeetingAnswer> record(@Valid @RequestBody MeetingRequest meeting, TrackerUser caller,
                                                HttpServletRequest request) {
        String meetingId = UUID.randomUUID().toString();
        commands.write(new RecordMeeting(meetingId, meeting.heldOn(), meeting.title(), meeting.attendees()),
                       meetingId, 0, caller, Authorized.ActingAs.COMMITTEE_OR_ADMIN, request);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + meetingId)).body(new MeetingAnswer(meetingId));
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

    private MeetingView find(String id) {
        MeetingView meeting = reads.one(new FindMeeting(id), MeetingView.class);
        if (meeting == null) {
            throw new ResourceNotFoundException("Meeting", id);
        }
        return meeting;
    }
}
