package org.agreementtracker.milestone;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.agreementtracker.api.milestone.Indicator;
import org.agreementtracker.classification.ClassificationRequest;
import org.agreementtracker.input.Quantity;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code POST /agreements/{id}/milestones}: what must happen, by when, owned by which body. */
public record MilestoneRequest(
        @NotBlank @Size(max = 500) String title,
        @NotNull LocalDate dueOn,
        @Schema(description = "Body id of the register that must deliver it, of a party's country", example = "PK-OPHRD")
        @NotBlank @Size(max = 100) String owner,
        @Schema(description = "Its weight in the agreement's progress, 1 to 1000; 1 when absent") @Positive @Max(1000)
        Integer weight,
        @Valid IndicatorRequest indicator,
        @Schema(description = "Raises its agreement's classification; absent: the agreement's")
        @Valid ClassificationRequest classification) {

    /**
     * A quantity the milestone is measured by.
     *
     * @param higherIsBetter when absent: true if the target lies above the baseline
     */
    public record IndicatorRequest(@Schema(example = "Pakistani workers employed in Belarus")
                                   @NotBlank @Size(max = 300) String name,
                                   @Schema(example = "persons") @NotBlank @Size(max = 50) String unit,
                                   @Schema(example = "150000", description = "A number of " + Quantity.RANGE)
                                   @NotNull @Quantity BigDecimal target,
                                   @Schema(description = "Where the count started; 0 when absent; " + Quantity.RANGE)
                                   @Quantity BigDecimal baseline,
                                   @Schema(description = "The year the baseline was measured in") @Min(1000) @Max(9999)
                                   Integer baselineYear,
                                   Boolean higherIsBetter) {

        Indicator toIndicator() {
            BigDecimal start = baseline == null ? BigDecimal.ZERO : baseline;
            boolean higher = higherIsBetter != null ? higherIsBetter : target.compareTo(start) >= 0;
            return new Indicator(name, unit, target, baseline, baselineYear, higher);
        }
    }
}
