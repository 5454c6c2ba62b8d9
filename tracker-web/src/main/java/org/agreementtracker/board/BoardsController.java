package org.agreementtracker.board;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agreementtracker.api.board.BodyRow;
import org.agreementtracker.api.board.FindBodiesBoard;
import org.agreementtracker.api.board.FindSummaryBoard;
import org.agreementtracker.api.board.SummaryBoard;
import org.agreementtracker.asof.AsOfParameter;
import org.agreementtracker.read.Reads;
import org.agreementtracker.security.Authorized;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** The committee's boards: the whole picture, and each body's record. */
@RestController
@RequestMapping("/api/v1/boards")
@Tag(name = "Boards", description = "Summaries across all agreements")
public class BoardsController {

    private final Reads reads;

    public BoardsController(Reads reads) {
        this.reads = reads;
    }

    @GetMapping("/summary")
    @PreAuthorize(Authorized.ANY_USER)
    @Operation(summary = "Agreements by status, sector and confidence; milestone counts; every indicator's progress")
    public SummaryBoard summary(
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) Instant asOf) {
        return reads.one(new FindSummaryBoard(asOf), SummaryBoard.class);
    }

    @GetMapping("/bodies")
    @PreAuthorize(Authorized.ANY_USER)
    @Operation(summary = "Per body of the register: open, overdue and achieved milestones, and its last report")
    public List<BodyRow> bodies(
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) Instant asOf) {
        return reads.list(new FindBodiesBoard(asOf), BodyRow.class);
    }
}
