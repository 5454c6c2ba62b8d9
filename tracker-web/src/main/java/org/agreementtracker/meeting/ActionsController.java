package org.agreementtracker.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.agreementtracker.api.meeting.ActionStatus;
import org.agreementtracker.api.meeting.ActionView;
import org.agreementtracker.api.meeting.FindAction;
import org.agreementtracker.api.meeting.ListActions;
import org.agreementtracker.problem.ResourceNotFoundException;
import org.agreementtracker.read.Reads;
import org.agreementtracker.security.Authorized;
import org.agreementtracker.security.TrackerUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/** The action items of the meetings' decisions, followed up until done or dropped. */
@RestController
@RequestMapping("/api/v1/actions")
@Tag(name = "Actions", description = "What the committee's decisions asked of bodies, and how far they are")
public class ActionsController {

    private final MeetingWrites writes;
    private final Reads reads;

    ActionsController(MeetingWrites writes, Reads reads) {
        this.writes = writes;
        this.reads = reads;
    }

    @GetMapping
    @PreAuthorize(Authorized.ANY_USER)
    @Operation(summary = "The action items, due date first",
               description = "overdue: open and due before today. A filtered list leaves out what the caller may "
                       + "not read; the full list keeps it in place, withheld.")
    public List<ActionView> actions(@RequestParam(required = false) String owner,
                                    @RequestParam(required = false) ActionStatus status,
                                    @RequestParam(required = false) Boolean overdue) {
        return reads.list(new ListActions(owner, status, overdue), ActionView.class);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Authorized.ANY_USER)
    @Operation(summary = "An action item, with its owner's reports")
    public ActionView action(@PathVariable String id) {
        ActionView action = reads.one(new FindAction(id), ActionView.class);
        if (action == null) {
            throw new ResourceNotFoundException("Action item", id);
        }
        return action;
    }

    @PostMapping("/{id}/reports")
    @PreAuthorize(Authorized.MINISTRY_OR_COMMITTEE)
    @Operation(summary = "Report on an action item: by an officer of its owner body, or the committee on its behalf",
               description = "DONE closes it; a closed item takes no more reports.")
    public ResponseEntity<ActionView> report(@PathVariable String id, @Valid @RequestBody ActionReportRequest report,
                                             TrackerUser caller, HttpServletRequest request) {
        writes.report(writes.writable(id), report, caller, request);
        return ResponseEntity.created(URI.create("/api/v1/actions/" + id)).body(action(id));
    }

    @PostMapping("/{id}/drop")
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    @Operation(summary = "Drop an open action item, saying why: it stays on record as not pursued")
    public ActionView drop(@PathVariable String id, @Valid @RequestBody DropRequest drop, TrackerUser caller,
                           HttpServletRequest request) {
        writes.drop(writes.writable(id), drop, caller, request);
        return action(id);
    }
}
