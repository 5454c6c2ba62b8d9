package org.agreementtracker.body;

import jakarta.validation.Valid;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/** Bodies the operator adds to those of the reference data: {@code tracker.bodies[i]} = {@code id, country, name}. */
@Validated
@ConfigurationProperties("tracker")
public record BodyProperties(List<@Valid Body> bodies) {

    public BodyProperties {
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
    }
}
