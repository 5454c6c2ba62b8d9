package org.agreementtracker.agreement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.agreementtracker.api.actor.Role;
import org.agreementtracker.api.agreement.AgreementVersion;
import org.agreementtracker.api.agreement.AnnounceAgreement;
import org.agreementtracker.api.agreement.BringAgreementIntoForce;
import org.agreementtracker.api.agreement.CompleteAgreement;
import org.agreementtracker.api.agreement.ResumeAgreement;
import org.agreementtracker.api.agreement.SignAgreement;
import org.agreementtracker.api.agreement.SuspendAgreement;
import org.agreementtracker.api.agreement.TerminateAgreement;
import org.agreementtracker.problem.ETags;
import org.agreementtracker.problem.ResourceNotFoundException;
import org.agreementtracker.security.Authorized;
import org.agreementtracker.security.TrackerUser;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Agreements: registration and the legal lifecycle, from signature to completion; and each one's history. */
@RestController
@RequestMapping("/api/v1/agreements")
@Tag(name = "Agreements", description = "Registration, the legal lifecycle and the history of agreements")
public class AgreementsController {

    static final List<Role> ADMIN_OR_COMMITTEE = List.of(Role.ADMIN, Role.COMMITTEE);

    private final Commands commands;
    private final EventStore eventStore;

    public AgreementsController(Commands commands, EventStore eventStore) {
        this.commands = commands;
        this.eventStore = eventStore;
    }

    @PostMapping
    @PreAuthorize(Authorized.ADMIN_OR_COMMITTEE)
    @Operation(summary = "Register an agreement (as a DRAFT)")
    public ResponseEntity<RegistrationAnswer> register(@Valid @RequestBody RegistrationRequest registration,
                                                       TrackerUser caller, HttpServletRequest request) {
        AgreementVersion registered = commands.write(registration.toCommand(UUID.randomUUID().toString()), caller,
                                                     ADMIN_OR_COMMITTEE, null, request);
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
                                      caller, ADMIN_OR_COMMITTEE, signedOn, request));
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
                                      caller, ADMIN_OR_COMMITTEE, announcedOn, request));
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
                                      caller, ADMIN_OR_COMMITTEE, effectiveOn, request));
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
                                      caller, ADMIN_OR_COMMITTEE, effectiveOn, request));
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
                                      caller, ADMIN_OR_COMMITTEE, effectiveOn, request));
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
                                      caller, ADMIN_OR_COMMITTEE, effectiveOn, request));
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
                                      caller, ADMIN_OR_COMMITTEE, effectiveOn, request));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize(Authorized.ANY_USER)
    @Operation(summary = "Every event of the agreement, oldest first, as recorded")
    public List<HistoryEntry> history(@PathVariable String id) {
        List<HistoryEntry> history = eventStore.readEvents(id, 0).asStream().map(HistoryEntry::of).toList();
        if (history.isEmpty()) {
            throw new ResourceNotFoundException("Agreement", id);
        }
        return history;
    }

    private static ResponseEntity<WriteAnswer> written(AgreementVersion version) {
        return ResponseEntity.status(HttpStatus.OK)
                             .eTag(ETags.of(version.version()))
                             .body(WriteAnswer.ofAgreement(version.agreementId(), version.version()));
    }
}
