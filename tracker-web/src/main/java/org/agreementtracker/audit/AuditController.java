package org.agreementtracker.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agreementtracker.security.Authorized;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

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

    public AuditController(AuditChainVerifier verifier, ChainExport export) {
        this.verifier = verifier;
        this.export = export;
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
    @Operation(summary = "The event log with its chain hashes as NDJSON, oldest first, streamed",
               description = "A header line (algorithm, head position and hash), one line per stored commit (its "
                       + "events, exactly as stored, and the chain hash recorded for it), an end line with the "
                       + "counts. Check it offline: bin/verify-export FILE PUBLISHED_HEAD_HASH.")
    public ResponseEntity<StreamingResponseBody> export() {
        return ResponseEntity.ok()
                             .contentType(MediaType.parseMediaType(ChainExport.MEDIA_TYPE))
                             .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-export.ndjson\"")
                             .body(export::writeTo);
    }
}
