package org.agreementtracker.milestone;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /agreements/{id}/milestones/{mid}/cancellation}. */
public record CancellationRequest(@NotBlank @Size(max = 10_000) String reason) {
}
