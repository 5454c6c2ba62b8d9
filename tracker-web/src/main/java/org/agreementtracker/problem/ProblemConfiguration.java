package org.agreementtracker.problem;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ProblemConfiguration {

    @Bean
    public ProblemTranslators problemTranslators(ObjectProvider<ProblemTranslator> translators) {
        return new ProblemTranslators(translators.orderedStream().toList());
    }
}
