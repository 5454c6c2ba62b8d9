package org.agreementtracker.body;

import org.agreementtracker.configuration.InvalidConfigurationException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BodyProperties.class)
public class BodyConfiguration {

    @Bean
    public BodyRegister bodyRegister(JsonMapper json, BodyProperties properties) {
        try {
            var reference = BodyRegister.readReferenceBodies(
                    json, new ClassPathResource(BodyRegister.REFERENCE_DATA).getInputStream());
            return BodyRegister.of(reference, properties.bodies());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the reference data " + BodyRegister.REFERENCE_DATA, e);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException("Invalid tracker.bodies: " + e.getMessage(),
                                                    "Give each body of tracker.bodies an id of its own, not one of "
                                                            + "the reference bodies (GET /api/v1/bodies lists them).");
        }
    }
}
