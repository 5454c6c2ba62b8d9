package org.agreementtracker.classification;

import org.agreementtracker.api.classification.ClassificationScheme;
import org.agreementtracker.configuration.InvalidConfigurationException;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The configured {@link ClassificationScheme}, which the aggregate, the read side and the users are judged by, and the
 * JSON writer of withheld items. Needs nothing else, so the users' configuration can be checked with it alone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClassificationProperties.class)
public class ClassificationConfiguration {

    @Bean
    public ClassificationScheme classificationScheme(ClassificationProperties properties) {
        try {
            return new ClassificationScheme(properties.levels(), properties.compartments(), properties.defaultLevel());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidConfigurationException("tracker.classification: " + invalid.getMessage(),
                                                    "Name the default level among tracker.classification.levels");
        }
    }

    @Bean
    public WithheldJson withheldJson() {
        return new WithheldJson();
    }
}
