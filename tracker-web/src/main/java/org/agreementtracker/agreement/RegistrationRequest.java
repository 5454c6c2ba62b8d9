package org.agreementtracker.agreement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.agreementtracker.api.agreement.AgreementKind;
import org.agreementtracker.api.agreement.RegisterAgreement;
import org.agreementtracker.classification.ClassificationRequest;

import java.time.LocalDate;
import java.util.List;

/** {@code POST /agreements}: an agreement to register, as a DRAFT. */
public record RegistrationRequest(
        @Schema(description = "Unique reference, e.g. PKBY-2025-DEFENCE (compared ignoring case)", example = "PKBY-2025-DEFENCE")
        @NotBlank @Size(max = 100) String ref,
        @NotBlank @Size(max = 500) String title,
        @NotNull AgreementKind kind,
        @Schema(example = "[\"DEFENCE\"]") @NotEmpty List<@NotBlank @Size(max = 100) String> sectors,
        @Schema(description = "Body ids of the register (GET /bodies), of at least two countries",
                example = "[\"PK-MOD\", \"BY-MOD\"]")
        @NotEmpty List<@NotBlank @Size(max = 100) String> parties,
        @Size(max = 10_000) String summary,
        LocalDate validFrom,
        LocalDate validUntil,
        @Schema(description = "Ref of the agreement this one implements or amends") @Size(max = 100) String parentRef,
        @Schema(description = "Who may read it; absent: tracker.classification.default-level")
        @Valid ClassificationRequest classification) {

    RegisterAgreement toCommand(String proposedId) {
        return new RegisterAgreement(proposedId, ref, title, kind, sectors, parties, summary, validFrom, validUntil,
                                     parentRef, ClassificationRequest.toClassification(classification));
    }
}
