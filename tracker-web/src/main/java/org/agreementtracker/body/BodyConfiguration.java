package org.agreementtracker.body;

import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.configuration.InvalidConfigurationException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The register of bodies, the one the domain asks ({@link BodyRegister}): the reference bodies, always, then those of
 * {@code tracker.bodies}. Fixed for the life of the process, so every node holding the same configuration holds the
 * same register.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BodyProperties.class)
public class BodyConfiguration {

    @Bean
    public BodyRegister bodyRegister(JsonMapper json, BodyProperties properties) {
        List<Body> bodies;
        try {
            bodies = new ArrayList<>(ReferenceBodies.read(
                    json, new ClassPathResource(ReferenceBodies.RESOURCE).getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the reference data " + ReferenceBodies.RESOURCE, e);
        }
        Set<String> ids = new HashSet<>(bodies.stream().map(Body::id).toList());
        for (int i = 0; i < properties.bodies().size(); i++) {
            Body body = properties.bodies().get(i);
            String where = "tracker.bodies[" + i + "]";
            required(where + ".id", body.id());
            required(where + ".country", body.country());
            required(where + ".name", body.name());
            if (!ids.add(body.id())) {
                throw new InvalidConfigurationException(
                        where + ": body id " + body.id() + " is registered twice",
                        "Give each body of tracker.bodies an id of its own, not one of the reference bodies "
                                + "(GET /api/v1/bodies lists them).");
            }
            bodies.add(body);
        }
        return BodyRegister.of(bodies);
    }

    private static void required(String property, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidConfigurationException(property + " must not be blank",
                                                    "Give each body of tracker.bodies an id, a country code and a "
                                                            + "name.");
        }
    }
}
