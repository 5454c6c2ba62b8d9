package org.agreementtracker.classification;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.agreementtracker.api.classification.Classification;

import java.util.List;

/** A classification as a client sends it, on an agreement, a milestone or a new classification of an agreement. */
public record ClassificationRequest(
        @Schema(description = "A level of tracker.classification.levels", example = "RESTRICTED")
        @NotBlank @Size(max = 50) String level,
        @Schema(description = "Compartments of tracker.classification.compartments that a reader must be granted",
                example = "[]")
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> compartments,
        @Schema(description = "Sides (country codes) it is releasable to; absent: every side", example = "[]")
        @Size(max = 20) List<@NotBlank @Size(max = 10) String> releasableTo) {

    /** {@code null} when none was sent. */
    public static Classification toClassification(ClassificationRequest request) {
        return request == null ? null : new Classification(request.level().strip(), request.compartments(),
                                                           request.releasableTo());
    }
}
