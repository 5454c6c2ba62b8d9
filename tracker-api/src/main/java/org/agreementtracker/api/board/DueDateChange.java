package org.agreementtracker.api.board;

import java.time.Instant;
import java.time.LocalDate;

public record DueDateChange(LocalDate previousDueOn, LocalDate newDueOn, String reason, Instant recordedAt) {
}
