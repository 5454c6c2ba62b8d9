package org.agreementtracker.body;

import org.agreementtracker.api.body.Body;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Bodies the operator adds to those of the reference data: {@code tracker.bodies[i]} = {@code id, country, name}.
 * {@link BodyConfiguration} checks them when the tracker starts.
 */
@ConfigurationProperties("tracker")
public record BodyProperties(List<Body> bodies) {

    public BodyProperties {
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
    }
}
