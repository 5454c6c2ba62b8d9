package org.agreementtracker.milestone;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.agreementtracker.agreement.AgreementsController;
import org.agreementtracker.api.board.ListMilestones;
import org.agreementtracker.api.board.MilestonePage;
import org.agreementtracker.api.board.MilestoneRow;
import org.agreementtracker.api.milestone.MilestoneStatus;
import org.agreementtracker.asof.AsOfParameter;
import org.agreementtracker.read.Reads;
import org.agreementtracker.security.Authorized;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Milestones across all agreements, for the committee's and the bodies' to-do lists. */
@RestController
@Tag(name = "Milestones")
public class MilestoneBoardController {

    private final Reads reads;

    public MilestoneBoardController(Reads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/v1/milestones")
    @PreAuthorize(Authorized.ANY_USER)
    @Operation(summary = "Milestones with their agreement's ref, in order of due date",
               description = "Every filter is optional. With page (from 0) and size (default 50, at most 500) one "
                       + "page of rows; without, all rows. X-Total-Count gives the number of rows matching.")
    public ResponseEntity<List<MilestoneRow>> milestones(
            @Parameter(description = "true: only overdue ones (open, due before today UTC); false: none of those")
            @RequestParam(required = false) Boolean overdue,
            @Parameter(description = "A body id") @RequestParam(required = false) String owner,
            @RequestParam(required = false) LocalDate dueBefore,
            @Parameter(description = "The reconciled status, or CANCELLED")
            @RequestParam(required = false) MilestoneStatus status,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) @Min(0) Integer page,
            @RequestParam(required = false) @Min(1) @Max(500) Integer size) {
        String body = owner == null || owner.isBlank() ? null : owner.strip();
        Integer pageSize = size == null && page != null ? Integer.valueOf(50) : size;
        MilestonePage rows = reads.one(new ListMilestones(overdue, body, dueBefore, status, asOf, page, pageSize),
                                       MilestonePage.class);
        return ResponseEntity.ok().header(AgreementsController.TOTAL_COUNT, String.valueOf(rows.total()))
                             .body(rows.rows());
    }
}
