package org.agreementtracker.security;

import io.micrometer.core.instrument.MeterRegistry;
import org.agreementtracker.problem.ProblemResponder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LoginThrottleProperties.class)
public class LoginThrottleConfiguration {

    /** Just before Spring Security's filters: a refused attempt never reaches a password check. */
    static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1;

    @Bean
    public LoginThrottle loginThrottle(LoginThrottleProperties properties, MeterRegistry meters) {
        return new LoginThrottle(properties, meters);
    }

    @Bean
    public FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle,
                                                                           ProblemResponder problems) {
        var registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, problems));
        registration.setOrder(ORDER);
        return registration;
    }
}
