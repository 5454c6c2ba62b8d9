package org.agreementtracker.meeting;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.agreementtracker.api.review.ActionDecision;

import java.time.LocalDate;
import java.util.List;

/** {@code POST /meetings/{id}/decisions}: what a held meeting decided, and the action items it gave bodies. */
public record DecisionRequest(
        @Schema(example = "The trade office opens in Minsk by the autumn") @NotBlank @Size(max = 4000) String text,
        @Schema(description = "The agreements it concerns; the decision is read under their classifications")
        @Size(max = 50) List<@NotBlank @Size(max = 100) String> agreementIds,
        @Size(max = 50) List<@Valid @NotNull ActionRequest> actions) {

    /** One action item: what, which body, by when (not before the meeting). */
    public record ActionRequest(@Schema(example = "Lease premises for the office") @NotBlank @Size(max = 300)
                                String title,
                                @Schema(example = "BY-MINTRADE") @NotBlank @Size(max = 100) String owner,
                                @NotNull LocalDate dueOn) {
    }

    List<String> agreementIdsOrNone() {
        return agreementIds == null ? List.of() : agreementIds;
    }

    List<ActionDecision> actionsAsDecided() {
        return actions == null ? List.of()
                : actions.stream().map(action -> new ActionDecision(action.title(), action.owner(), action.dueOn()))
                         .toList();
    }
}
