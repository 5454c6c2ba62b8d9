package org.agreementtracker.requestsize;

import org.agreementtracker.problem.ProblemResponder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestSizeProperties.class)
public class RequestSizeConfiguration {

    /** Before Spring Security (order -100) and everything else that might read the body. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

    @Bean
    public FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(RequestSizeProperties properties,
                                                                                 ProblemResponder problems) {
        var registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(properties.maxRequestBody().toBytes(), problems));
        registration.setOrder(ORDER);
        return registration;
    }
}
