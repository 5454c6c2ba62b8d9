package org.agreementtracker.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.agreementtracker.api.meeting.AgendaItem;
import org.agreementtracker.api.meeting.AgendaItemKind;

import java.util.List;

/** {@code PUT /meetings/{id}/agenda}: the committee's agenda for a planned meeting, in its order. */
public record AgendaRequest(@NotNull @Size(max = 200) List<@NotNull Item> items) {

    /** One item, as drafted or written by the committee. */
    public record Item(@NotNull AgendaItemKind kind,
                       @Size(max = 100) String agreementId,
                       @Size(max = 100) String milestoneId,
                       @Size(max = 100) String actionId,
                       @Schema(example = "Trade office premises") @NotBlank @Size(max = 300) String title,
                       @Size(max = 4000) String reason) {
    }

    List<AgendaItem> asSet() {
        return items.stream().map(item -> new AgendaItem(item.kind(), item.agreementId(), item.milestoneId(),
                                                          item.actionId(), item.title(), item.reason())).toList();
    }
}
