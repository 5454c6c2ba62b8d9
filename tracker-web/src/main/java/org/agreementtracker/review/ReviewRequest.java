package org.agreementtracker.review;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.agreementtracker.api.review.ActionDecision;
import org.agreementtracker.api.review.Confidence;
import org.agreementtracker.api.review.ImplementationScore;
import org.agreementtracker.classification.ClassificationRequest;

import java.time.LocalDate;
import java.util.List;

/** {@code POST /agreements/{id}/reviews}: the committee's judgement of an agreement, and what it decided. */
public record ReviewRequest(
        @Schema(description = "Business date of the review; today (UTC) when absent") LocalDate reviewedOn,
        @Schema(description = "Peace Accords Matrix scale, extended with NO_EVIDENCE") @NotNull ImplementationScore score,
        @Schema(description = "Will it be delivered?") @NotNull Confidence confidence,
        @NotBlank @Size(max = 20_000) String findings,
        List<@Valid Action> actions,
        @Schema(description = "Raises the agreement's classification for the findings and action items (score and "
                + "confidence stay the agreement's); absent: the agreement's")
        @Valid ClassificationRequest classification) {

    /** A decision, tracked as an action item: what, which body, by when. */
    public record Action(@NotBlank @Size(max = 500) String title,
                         @Schema(example = "BY-MOLSP") @NotBlank @Size(max = 100) String owner,
                         @NotNull LocalDate dueOn) {
    }

    List<ActionDecision> decisions() {
        return actions == null ? List.of()
                : actions.stream().map(a -> new ActionDecision(a.title(), a.owner(), a.dueOn())).toList();
    }
}
