package org.agreementtracker.api.board;

import java.time.LocalDate;

/** An action item and whether it is done; {@code overdue}: not completed and due before today. */
public record ActionItemEntry(String actionId,
                              String title,
                              String owner,
                              LocalDate dueOn,
                              LocalDate completedOn,
                              String completionNote,
                              boolean overdue) {
}
