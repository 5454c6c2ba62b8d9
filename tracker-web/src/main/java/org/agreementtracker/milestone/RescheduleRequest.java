package org.agreementtracker.milestone;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** {@code POST /agreements/{id}/milestones/{mid}/reschedule}; the earlier due date stays on record. */
public record RescheduleRequest(@NotNull LocalDate newDueOn, @NotBlank @Size(max = 10_000) String reason) {
}
