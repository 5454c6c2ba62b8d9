package org.agreementtracker.classification;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** {@code POST /agreements/{id}/classification}: the agreement's classification from now on, and why. */
public record ReclassificationRequest(
        @Schema(example = "SECRET") @NotBlank @Size(max = 50) String level,
        @Schema(example = "[\"DEFENCE\"]") @Size(max = 20) List<@NotBlank @Size(max = 50) String> compartments,
        @Schema(example = "[]") @Size(max = 20) List<@NotBlank @Size(max = 10) String> releasableTo,
        @Schema(example = "Annex on military-technical deliveries") @NotBlank @Size(max = 2000) String reason,
        @Schema(description = "The day from which it is public; the tracker declassifies it then")
        LocalDate declassifyOn) {

    ClassificationRequest classification() {
        return new ClassificationRequest(level, compartments, releasableTo);
    }
}
