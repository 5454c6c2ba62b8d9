package org.agreementtracker.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer of {@code GET /audit/verify}.
 *
 * @param status              INTACT when the store holds exactly what the chain recorded, BROKEN when not
 * @param events              the events the recorded chain covers
 * @param headHash            the chain's last hash: publish it (e.g. in the committee's minutes) to check exports
 *                            against it later
 * @param headPosition        the position of the last commit the chain covers
 * @param firstBrokenPosition when BROKEN, the first position whose stored content does not match the chain
 * @param reason              when BROKEN, what was found there
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationAnswer(AuditChainVerifier.Status status,
                                 long events,
                                 String headHash,
                                 long headPosition,
                                 @Schema(nullable = true) Long firstBrokenPosition,
                                 @Schema(nullable = true) String reason) {

    static VerificationAnswer of(AuditChainVerifier.Report report) {
        return new VerificationAnswer(report.status(), report.events(), report.headHash(), report.headPosition(),
                                      report.firstBrokenPosition(), report.reason());
    }
}
