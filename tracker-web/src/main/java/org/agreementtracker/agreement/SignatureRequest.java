package org.agreementtracker.agreement;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.agreementtracker.api.agreement.Signatory;

import java.time.LocalDate;
import java.util.List;

/** {@code POST /agreements/{id}/signature}. */
public record SignatureRequest(
        @Schema(description = "Business date of the signature; today (UTC) when absent") LocalDate signedOn,
        @NotBlank @Size(max = 200) String place,
        List<@Valid Signer> signatories) {

    /** Who signed for a side: a name, their office (optional), and the side's country code. */
    public record Signer(@NotBlank @Size(max = 200) String name,
                         @Size(max = 200) String role,
                         @Schema(example = "PK") @NotBlank @Size(max = 10) String side) {
    }

    List<Signatory> signatoriesAsRecorded() {
        return signatories == null ? List.of()
                : signatories.stream().map(s -> new Signatory(s.name(), s.role(), s.side())).toList();
    }
}
