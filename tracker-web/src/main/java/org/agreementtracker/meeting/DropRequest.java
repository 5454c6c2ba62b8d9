package org.agreementtracker.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /actions/{id}/drop}: the parties no longer pursue an action item, and say why. */
public record DropRequest(@Schema(example = "Superseded by the 2026 roadmap") @NotBlank @Size(max = 4000)
                          String reason) {
}
