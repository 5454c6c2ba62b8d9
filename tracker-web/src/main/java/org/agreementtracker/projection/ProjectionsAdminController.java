package org.agreementtracker.projection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agreementtracker.problem.ResourceNotFoundException;
import org.agreementtracker.security.Authorized;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The administrator's view of the projections and their rebuild ({@link ProjectionRebuilds}): the projection replays
 * the whole log while the tracker goes on serving (reads answer from its read model as far as it has been rebuilt;
 * writes do not wait for it). The audit chain refuses: rebuilt from the store, it would agree with whatever the store
 * now holds.
 */
@RestController
@RequestMapping("/api/v1/admin/projections")
@Tag(name = "Administration", description = "The projections' state and their rebuild")
public class ProjectionsAdminController {

    private static final Logger log = LoggerFactory.getLogger(ProjectionsAdminController.class);

    private final ProjectionPositions positions;
    private final ProjectionRebuilds rebuilds;

    public ProjectionsAdminController(ProjectionPositions positions, ProjectionRebuilds rebuilds) {
        this.positions = positions;
        this.rebuilds = rebuilds;
    }

    @GetMapping
    @PreAuthorize(Authorized.ADMIN_ONLY)
    @Operation(summary = "Each projection's position, the log's head, whether it is being rebuilt and how far")
    public List<ProjectionState> projections() {
        long head = positions.head();
        return positions.processors().stream().map(processor -> stateOf(processor, head)).toList();
    }

    @PostMapping("/{name}/rebuild")
    @PreAuthorize(Authorized.ADMIN_ONLY)
    @Operation(summary = "Rebuilds one projection from the whole log while the tracker keeps serving",
               description = "202 once the rebuild has started; its progress shows in the list. 404 for an unknown "
                       + "projection, 409 for one that cannot be rebuilt (the audit chain) or is processed by "
                       + "another node just now.")
    public ResponseEntity<ProjectionState> rebuild(@PathVariable String name) {
        StreamingEventProcessor processor = positions.processors().stream()
                                                     .filter(candidate -> candidate.getName().equals(name))
                                                     .findFirst()
                                                     .orElseThrow(() -> new ResourceNotFoundException("Projection",
                                                                                                      name));
        if (!processor.supportsReset()) {
            throw conflict("Projection " + name + " is never rebuilt: it must stay as it was recorded");
        }
        log.info("Rebuilding projection {} on request", name);
        try {
            rebuilds.rebuild(processor);
        } catch (UnableToClaimTokenException e) {
            throw conflict("Projection " + name + " is being processed by another node; try again on that node or "
                                   + "once its claim has lapsed");
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(stateOf(processor, positions.head()));
    }

    private ProjectionState stateOf(StreamingEventProcessor processor, long head) {
        long position = positions.positionOf(processor);
        boolean replaying = processor.isReplaying() || rebuilds.isRebuilding(processor);
        ProjectionState.Status status = !processor.isRunning() ? ProjectionState.Status.STOPPED
                : processor.isError() ? ProjectionState.Status.ERROR
                : replaying ? ProjectionState.Status.REPLAYING
                : ProjectionState.Status.RUNNING;
        return new ProjectionState(processor.getName(), status, position, head, replaying,
                                   ProjectionState.progress(position, head), processor.supportsReset());
    }

    /** 409 for an administrator's request this node cannot carry out just now. */
    static ErrorResponseException conflict(String detail) {
        return new ErrorResponseException(HttpStatus.CONFLICT,
                                          ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail), null);
    }
}
