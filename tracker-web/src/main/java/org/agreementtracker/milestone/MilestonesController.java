package org.agreementtracker.milestone;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.agreementtracker.api.agreement.AgreementVersion;
import org.agreementtracker.api.milestone.CancelMilestone;
import org.agreementtracker.api.milestone.PlanMilestone;
import org.agreementtracker.api.milestone.ReportMilestoneProgress;
import org.agreementtracker.api.milestone.RescheduleMilestone;
import org.agreementtracker.classification.ClassificationRequest;
import org.agreementtracker.security.Authorized;
import org.agreementtracker.security.TrackerUser;
import org.agreementtracker.write.Commands;
import org.agreementtracker.write.ETags;
import org.agreementtracker.write.WriteAnswer;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/** Milestones of an agreement: planned and rescheduled by the committee, reported on by the bodies of both sides. */
@RestController
@RequestMapping("/api/v1/agreements/{id}/milestones")
@Tag(name = "Milestones", description = "Planning milestones and reporting progress on them")
public class MilestonesController {

    private final Commands commands;

    public MilestonesController(Commands commands) {
        this.commands = commands;
    }

    @PostMapping
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    @Operation(summary = "Plan a milestone")
    public ResponseEntity<WriteAnswer> plan(@PathVariable String id, @Valid @RequestBody MilestoneRequest milestone,
                                            @RequestHeader(value = ETags.IF_MATCH, required = false) String ifMatch,
                                            TrackerUser caller, HttpServletRequest request) {
        String milestoneId = UUID.randomUUID().toString();
        AgreementVersion planned = commands.write(
                new PlanMilestone(id, milestoneId, milestone.title(), milestone.dueOn(), milestone.owner(),
                                  milestone.weight(),
                                  milestone.indicator() == null ? null : milestone.indicator().toIndicator(),
                                  ClassificationRequest.toClassification(milestone.classification()),
                                  Commands.expectedVersion(ifMatch)),
                caller, Authorized.ActingAs.ADMIN_OR_COMMITTEE, request);
        return created(URI.create("/api/v1/agreements/" + id + "/milestones/" + milestoneId), milestoneId, planned);
    }

    @PostMapping("/{milestoneId}/reports")
    @PreAuthorize(Authorized.MINISTRY_OR_COMMITTEE)
    @Operation(summary = "Report progress on a milestone",
               description = "A ministry officer reports for their own body, which must own the milestone or be a "
                       + "party to the agreement; a committee member reports on behalf of such a body.")
    public ResponseEntity<WriteAnswer> report(@PathVariable String id, @PathVariable String milestoneId,
                                              @Valid @RequestBody ReportRequest report,
                                              @RequestHeader(value = ETags.IF_MATCH, required = false) String ifMatch,
                                              TrackerUser caller, HttpServletRequest request) {
        String reportId = UUID.randomUUID().toString();
        var occurredOn = commands.orToday(report.occurredOn());
        AgreementVersion reported = commands.write(
                new ReportMilestoneProgress(id, milestoneId, reportId, Commands.actor(caller, Authorized.ActingAs.MINISTRY_OR_COMMITTEE),
                                            report.onBehalfOf(), occurredOn, report.status(),
                                            report.progressPercent(), report.indicatorValue(), report.note(),
                                            report.evidenceAsRecorded(),
                                            ClassificationRequest.toClassification(report.classification()),
                                            Commands.expectedVersion(ifMatch)),
                caller, Authorized.ActingAs.MINISTRY_OR_COMMITTEE, request);
        return created(URI.create("/api/v1/agreements/" + id + "/milestones/" + milestoneId + "/reports/" + reportId),
                       reportId, reported);
    }

    @PostMapping("/{milestoneId}/reschedule")
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    @Operation(summary = "Move a milestone's due date; the earlier one stays on record")
    public ResponseEntity<WriteAnswer> reschedule(@PathVariable String id, @PathVariable String milestoneId,
                                                  @Valid @RequestBody RescheduleRequest reschedule,
                                                  @RequestHeader(value = ETags.IF_MATCH, required = false)
                                                  String ifMatch,
                                                  TrackerUser caller, HttpServletRequest request) {
        return written(milestoneId, commands.write(
                new RescheduleMilestone(id, milestoneId, reschedule.newDueOn(), reschedule.reason(),
                                        Commands.expectedVersion(ifMatch)),
                caller, Authorized.ActingAs.ADMIN_OR_COMMITTEE, request));
    }

    @PostMapping("/{milestoneId}/cancellation")
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    @Operation(summary = "Cancel a milestone")
    public ResponseEntity<WriteAnswer> cancel(@PathVariable String id, @PathVariable String milestoneId,
                                              @Valid @RequestBody CancellationRequest cancellation,
                                              @RequestHeader(value = ETags.IF_MATCH, required = false) String ifMatch,
                                              TrackerUser caller, HttpServletRequest request) {
        return written(milestoneId, commands.write(
                new CancelMilestone(id, milestoneId, cancellation.reason(), Commands.expectedVersion(ifMatch)),
                caller, Authorized.ActingAs.ADMIN_OR_COMMITTEE, request));
    }

    private static ResponseEntity<WriteAnswer> created(URI location, String createdId, AgreementVersion version) {
        return ResponseEntity.created(location)
                             .eTag(ETags.of(version.version()))
                             .body(new WriteAnswer(createdId, version.agreementId(), version.version()));
    }

    private static ResponseEntity<WriteAnswer> written(String milestoneId, AgreementVersion version) {
        return ResponseEntity.ok()
                             .eTag(ETags.of(version.version()))
                             .body(new WriteAnswer(milestoneId, version.agreementId(), version.version()));
    }
}
