package org.agreementtracker.body;

import jakarta.validation.constraints.NotBlank;

/**
 * A ministry or agency of one country: the unit that owns milestones, is party to agreements and reports progress.
 *
 * @param id      stable identifier, such as {@code PK-MOFA}
 * @param country the country code of its side, such as {@code PK}
 * @param name    its name
 */
public record Body(@NotBlank String id, @NotBlank String country, @NotBlank String name) {
}
