package org.agreementtracker.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.agreementtracker.classification.Redaction;
import org.agreementtracker.security.Authorized;
import org.agreementtracker.security.TrackerUser;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The auditor's proof that the log was not altered: verification of the store against the audit chain, and the log
 * with its chain for checking elsewhere ({@code bin/verify-export}). These read the store directly rather than through
 * the query bus: the export streams, and both must see the stored bytes, not a read model.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "Tamper evidence: the hash chain over the event log, its verification and export")
public class AuditController {

    private final AuditChainVerifier verifier;
    private final ChainExport export;
    private final Redaction redaction;

    public AuditController(AuditChainVerifier verifier, ChainExport export, Redaction redaction) {
        this.verifier = verifier;
        this.export = export;
        this.redaction = redaction;
    }

    @GetMapping("/verify")
    @PreAuthorize(Authorized.AUDITOR_OR_ADMIN)
    @Operation(summary = "Recomputes the hash chain from the event store and compares it with the recorded chain",
               description = "INTACT, or BROKEN with the first position whose stored content does not match. The "
                       + "head hash is the one to publish; an export is checked offline against it.")
    public VerificationAnswer verify() {
        return VerificationAnswer.of(verifier.verify());
    }

    @GetMapping(value = "/export", produces = ChainExport.MEDIA_TYPE)
    @PreAuthorize(Authorized.AUDITOR_OR_ADMIN)
    @ApiResponse(responseCode = "200", description = "The export, one JSON document a line",
                 content = @Content(mediaType = ChainExport.MEDIA_TYPE, schema = @Schema(type = "string")))
    @Operation(summary = "The event log, one event a line with its chain hash, oldest first, as NDJSON, streamed",
               description = "A header line (algorithm, head position and hash), one line per event in position "
                       + "order (its position, the event exactly as stored, the chain hash recorded for its commit "
                       + "and the commit's other fields), a line per fence, an end line with the counts. An event the "
                       + "caller's clearance does not allow is given by its digest alone, with why it is withheld; "
                       + "the export still checks out against the same head hash. Check it offline: "
                       + "bin/verify-export FILE PUBLISHED_HEAD_HASH.")
    public void export(TrackerUser caller, HttpServletResponse response) throws IOException {
        // written on the request's own thread, a window of positions at a time: an asynchronous body would be cut
        // off by the container's async timeout (30 s on Tomcat) on a long log
        response.setContentType(ChainExport.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-export.ndjson\"");
        export.writeTo(response.getOutputStream(), ExportRedaction.forReader(redaction, caller.clearance()));
    }
}
