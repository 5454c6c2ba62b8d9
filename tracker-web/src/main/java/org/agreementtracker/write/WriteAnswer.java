package org.agreementtracker.write;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.agreementtracker.api.agreement.AgreementVersion;
import org.springframework.http.ResponseEntity;

/**
 * What a write answers: the id of what it wrote and the agreement's version after it (also its {@code ETag}).
 *
 * @param agreementId the agreement, when {@code id} names something inside it (a milestone, report or review);
 *                    absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WriteAnswer(String id,
                          @Schema(nullable = true) String agreementId,
                          long version) {

    public static WriteAnswer ofAgreement(String agreementId, long version) {
        return new WriteAnswer(agreementId, null, version);
    }

    /** 200 with the agreement a command changed, its version as the ETag. */
    public static ResponseEntity<WriteAnswer> changed(AgreementVersion version) {
        return ResponseEntity.ok()
                             .eTag(ETags.of(version.version()))
                             .body(ofAgreement(version.agreementId(), version.version()));
    }
}
