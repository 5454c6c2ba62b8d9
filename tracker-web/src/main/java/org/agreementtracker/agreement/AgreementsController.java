package org.agreementtracker.agreement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.agreementtracker.api.agreement.AgreementStatus;
import org.agreementtracker.api.agreement.AgreementVersion;
import org.agreementtracker.api.agreement.AnnounceAgreement;
import org.agreementtracker.api.agreement.BringAgreementIntoForce;
import org.agreementtracker.api.agreement.CompleteAgreement;
import org.agreementtracker.api.agreement.ResumeAgreement;
import org.agreementtracker.api.agreement.SignAgreement;
import org.agreementtracker.api.agreement.SuspendAgreement;
import org.agreementtracker.api.agreement.TerminateAgreement;
import org.agreementtracker.api.board.AgreementDetail;
import org.agreementtracker.api.board.AgreementPage;
import org.agreementtracker.api.board.AgreementRow;
import org.agreementtracker.api.board.FindAgreement;
import org.agreementtracker.api.board.ListAgreements;
import org.agreementtracker.api.board.MilestoneDetail;
import org.agreementtracker.api.board.ReportEntry;
import org.agreementtracker.api.board.ReviewEntry;
import org.agreementtracker.api.history.HistoryEntry;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.asof.AsOfParameter;
import org.agreementtracker.problem.ResourceNotFoundException;
import org.agreementtracker.read.Reads;
import org.agreementtracker.security.Authorized;
import org.agreementtracker.security.TrackerUser;
import org.agreementtracker.write.Commands;
import org.agreementtracker.write.ETags;
import org.agreementtracker.write.WriteAnswer;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Agreements: the board and each agreement in full (from the read models), registration and the legal lifecycle
 * from signature to completion (commands), and each one's history (from the event store).
 */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements", description = "Registration, the legal lifecycle and the history of agreements")
public class AgreementsController {


    /** The header that gives the number of rows all pages of a list hold. */
    public static final String TOTAL_COUNT = "X-Total-Count";
    static final int MAX_PAGE_SIZE = 500;
    static final int DEFAULT_PAGE_SIZE = 50;

    private final Commands commands;
    private final Reads reads;
    private final AgreementHistory history;

    public AgreementsController(Commands commands, Reads reads, AgreementHistory history) {
        this.commands = commands;
        this.reads = reads;
        this.history = history;
    }

    @GetMapping
    @PreAuthorize(Authorized.ANY_USER)
    @Operation(summary = "The agreement board: one row per agreement, in order of ref",
               description = "Every filter is optional. With page (from 0) and size (default 50, at most 500) one "
                       + "page of rows; without, all rows. X-Total-Count gives the number of rows matching.")
    public ResponseEntity<List<AgreementRow>> board(
            @RequestParam(required = false) String sector,
            @RequestParam(required = false) AgreementStatus status,
            @Parameter(description = "A body id among the parties") @RequestParam(required = false) String party,
            @Parameter(description = "Of the latest review") @RequestParam(required = false) Confidence confidence,
            @Parameter(description = "Text in the ref or title") @RequestParam(required = false) String q,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) Instant asOf,
            @RequestParam(required = false) @Min(0) Integer page,
            @RequestParam(required = false) @Min(1) @Max(MAX_PAGE_SIZE) Integer size) {
        ListAgreements query = new ListAgreements(blankToNull(sector), status, blankToNull(party), confidence,
                                                  blankToNull(q), asOf, page, pageSize(page, size));
        AgreementPage rows = reads.one(query, AgreementPage.class);
        return ResponseEntity.ok().header(TOTAL_COUNT, String.valueOf(rows.total())).body(rows.rows());
    }

    @GetMapping("/{id}")
    @PreAuthorize(Authorized.ANY_USER)
    @Operation(summary = "An agreement in full: parties, status history, milestones with each side's reports, "
            + "reviews; its ETag is its version")
    public ResponseEntity<AgreementDetail> agreement(
            @PathVariable String id,
            @Parameter(description = AsOfParameter.DESCRIPTION) @RequestParam(required = false) Instant asOf,
            WebRequest request) {
        AgreementDetail agreement = detail(id, asOf);
        if (request.checkNotModified(ETags.of(agreement.version()))) {
            return null;
        }
        return ResponseEntity.ok().eTag(ETags.of(agreement.version())).body(agreement);
    }

    @GetMapping("/{id}/milestones/{milestoneId}")
    @PreAuthorize(Authorized.ANY_USER)
    @Operation(summary = "One milestone of an agreement, with its reports and due-date history")
    public ResponseEntity<MilestoneDetail> milestone(@PathVariable String id, @PathVariable String milestoneId) {
        AgreementDetail agreement = detail(id);
        if (agreement.withheld() != null) {
            return ResponseEntity.ok(MilestoneDetail.withheld(milestoneId, agreement.withheld()));
        }
        return ResponseEntity.ok().eTag(ETags.of(agreement.version())).body(milestoneOf(agreement, milestoneId));
    }

    @GetMapping("/{id}/milestones/{milestoneId}/reports/{reportId}")
    @PreAuthorize(Authorized.ANY_USER)
    @Operation(summary = "One report on a milestone")
    public ResponseEntity<ReportEntry> report(@PathVariable String id, @PathVariable String milestoneId,
                                              @PathVariable String reportId) {
        AgreementDetail agreement = detail(id);
        MilestoneDetail milestone = agreement.withheld() != null
                ? MilestoneDetail.withheld(milestoneId, agreement.withheld()) : milestoneOf(agreement, milestoneId);
        if (milestone.withheld() != null) {
            return ResponseEntity.ok(ReportEntry.withheld(reportId, milestone.withheld()));
        }
        ReportEntry report = milestone.reports().stream()
                                                            .filter(r -> r.reportId().equals(reportId))
                                                            .findFirst()
                                                            .orElseThrow(() -> new ResourceNotFoundException(
                                                                    "Report", reportId));
        return ResponseEntity.ok().eTag(ETags.of(agreement.version())).body(report);
    }

    @GetMapping("/{id}/reviews/{reviewId}")
    @PreAuthorize(Authorized.ANY_USER)
    @Operation(summary = "One review of an agreement, with its action items")
    public ResponseEntity<ReviewEntry> review(@PathVariable String id, @PathVariable String reviewId) {
        AgreementDetail agreement = detail(id);
        if (agreement.withheld() != null) {
            return ResponseEntity.ok(ReviewEntry.withheld(reviewId, agreement.withheld()));
        }
        ReviewEntry review = agreement.reviews().stream()
                                      .filter(r -> r.reviewId().equals(reviewId))
                                      .findFirst()
                                      .orElseThrow(() -> new ResourceNotFoundException("Review", reviewId));
        return ResponseEntity.ok().eTag(ETags.of(agreement.version())).body(review);
    }

    private AgreementDetail detail(String id) {
        return detail(id, null);
    }

    /** The agreement, now or as of an instant; 404 when there is none (yet). */
    private AgreementDetail detail(String id, Instant asOf) {
        AgreementDetail agreement = reads.one(new FindAgreement(id, asOf), AgreementDetail.class);
        if (agreement == null) {
            throw new ResourceNotFoundException("Agreement", id);
        }
        return agreement;
    }

    private static MilestoneDetail milestoneOf(AgreementDetail agreement, String milestoneId) {
        return agreement.milestones().stream()
                        .filter(m -> m.milestoneId().equals(milestoneId))
                        .findFirst()
                        .orElseThrow(() -> new ResourceNotFoundException("Milestone", milestoneId));
    }

    /** A page asked for without a size has the default size; no page and no size is every row. */
    static Integer pageSize(Integer page, Integer size) {
        return size == null && page != null ? Integer.valueOf(DEFAULT_PAGE_SIZE) : size;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    @PostMapping
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    @Operation(summary = "Register an agreement (as a DRAFT)")
    public ResponseEntity<RegistrationAnswer> register(@Valid @RequestBody RegistrationRequest registration,
                                                       TrackerUser caller, HttpServletRequest request) {
        AgreementVersion registered = commands.write(registration.toCommand(UUID.randomUUID().toString()), caller,
                                                     Authorized.ActingAs.ADMIN_OR_COMMITTEE, request);
        return ResponseEntity.created(URI.create("/api/v1/agreements/" + registered.agreementId()))
                             .eTag(ETags.of(registered.version()))
                             .body(new RegistrationAnswer(registered.agreementId(), registration.ref().strip(),
                                                          registered.version()));
    }

    @PostMapping("/{id}/signature")
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    @Operation(summary = "Record the signature of an instrument")
    public ResponseEntity<WriteAnswer> sign(@PathVariable String id, @Valid @RequestBody SignatureRequest signature,
                                            @RequestHeader(value = ETags.IF_MATCH, required = false) String ifMatch, TrackerUser caller, HttpServletRequest request) {
        var signedOn = commands.orToday(signature.signedOn());
        return written(commands.write(new SignAgreement(id, signedOn, signature.place(),
                                                        signature.signatoriesAsRecorded(),
                                                        Commands.expectedVersion(ifMatch)),
                                      caller, Authorized.ActingAs.ADMIN_OR_COMMITTEE, request));
    }

    @PostMapping("/{id}/announcement")
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    @Operation(summary = "Record the announcement of a commitment (INITIATIVE, JOINT_VENTURE)")
    public ResponseEntity<WriteAnswer> announce(@PathVariable String id,
                                                @Valid @RequestBody AnnouncementRequest announcement,
                                                @RequestHeader(value = ETags.IF_MATCH, required = false) String ifMatch, TrackerUser caller,
                                                HttpServletRequest request) {
        var announcedOn = commands.orToday(announcement.announcedOn());
        return written(commands.write(new AnnounceAgreement(id, announcedOn, announcement.note(),
                                                            Commands.expectedVersion(ifMatch)),
                                      caller, Authorized.ActingAs.ADMIN_OR_COMMITTEE, request));
    }

    @PostMapping("/{id}/entry-into-force")
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    @Operation(summary = "Record that the agreement entered into force")
    public ResponseEntity<WriteAnswer> bringIntoForce(@PathVariable String id,
                                                      @Valid @RequestBody EntryIntoForceRequest entry,
                                                      @RequestHeader(value = ETags.IF_MATCH, required = false) String ifMatch, TrackerUser caller,
                                                      HttpServletRequest request) {
        var effectiveOn = commands.orToday(entry.effectiveOn());
        return written(commands.write(new BringAgreementIntoForce(id, effectiveOn, Commands.expectedVersion(ifMatch)),
                                      caller, Authorized.ActingAs.ADMIN_OR_COMMITTEE, request));
    }

    @PostMapping("/{id}/suspension")
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    @Operation(summary = "Suspend an agreement in force")
    public ResponseEntity<WriteAnswer> suspend(@PathVariable String id, @Valid @RequestBody LifecycleStepRequest step,
                                               @RequestHeader(value = ETags.IF_MATCH, required = false) String ifMatch, TrackerUser caller,
                                               HttpServletRequest request) {
        var effectiveOn = commands.orToday(step.effectiveOn());
        return written(commands.write(new SuspendAgreement(id, effectiveOn, step.reason(),
                                                           Commands.expectedVersion(ifMatch)),
                                      caller, Authorized.ActingAs.ADMIN_OR_COMMITTEE, request));
    }

    @PostMapping("/{id}/resumption")
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    @Operation(summary = "Resume a suspended agreement")
    public ResponseEntity<WriteAnswer> resume(@PathVariable String id, @Valid @RequestBody LifecycleStepRequest step,
                                              @RequestHeader(value = ETags.IF_MATCH, required = false) String ifMatch, TrackerUser caller,
                                              HttpServletRequest request) {
        var effectiveOn = commands.orToday(step.effectiveOn());
        return written(commands.write(new ResumeAgreement(id, effectiveOn, step.reason(),
                                                          Commands.expectedVersion(ifMatch)),
                                      caller, Authorized.ActingAs.ADMIN_OR_COMMITTEE, request));
    }

    @PostMapping("/{id}/termination")
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    @Operation(summary = "Terminate an agreement")
    public ResponseEntity<WriteAnswer> terminate(@PathVariable String id,
                                                 @Valid @RequestBody LifecycleStepRequest step,
                                                 @RequestHeader(value = ETags.IF_MATCH, required = false) String ifMatch, TrackerUser caller,
                                                 HttpServletRequest request) {
        var effectiveOn = commands.orToday(step.effectiveOn());
        return written(commands.write(new TerminateAgreement(id, effectiveOn, step.reason(),
                                                             Commands.expectedVersion(ifMatch)),
                                      caller, Authorized.ActingAs.ADMIN_OR_COMMITTEE, request));
    }

    @PostMapping("/{id}/completion")
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    @Operation(summary = "Record that an agreement was completed")
    public ResponseEntity<WriteAnswer> complete(@PathVariable String id,
                                                @Valid @RequestBody LifecycleStepRequest step,
                                                @RequestHeader(value = ETags.IF_MATCH, required = false) String ifMatch, TrackerUser caller,
                                                HttpServletRequest request) {
        var effectiveOn = commands.orToday(step.effectiveOn());
        return written(commands.write(new CompleteAgreement(id, effectiveOn, step.reason(),
                                                            Commands.expectedVersion(ifMatch)),
                                      caller, Authorized.ActingAs.ADMIN_OR_COMMITTEE, request));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Authorized.ANY_USER)
    @Operation(summary = "Every event of the agreement, oldest first, as recorded")
    public List<HistoryEntry> history(@PathVariable String id) {
        return history.of(id);
    }

    private static ResponseEntity<WriteAnswer> written(AgreementVersion version) {
        return WriteAnswer.changed(version);
    }
}
