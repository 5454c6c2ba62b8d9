package org.agreementtracker.portal;

import org.agreementtracker.problem.ProblemResponder;
import org.agreementtracker.read.Reads;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The public portal's record and its rate limit, which comes before everything else the portal's paths pass. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicProperties.class)
public class PublicConfiguration {

    /** The paths of the public portal: its pages and its feed. */
    public static final String[] PATHS = {"/public", "/public/*", "/api/v1/public/*"};

    @Bean
    public PublicRecord publicRecord(Reads reads) {
        return new PublicRecord(reads);
    }

    @Bean
    public FilterRegistrationBean<PublicRateLimit> publicRateLimit(ProblemResponder problems,
                                                                   PublicProperties properties) {
        var registration = new FilterRegistrationBean<>(new PublicRateLimit(problems,
                                                                            properties.requestsPerMinute()));
        registration.addUrlPatterns(PATHS);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 120);
        return registration;
    }
}
