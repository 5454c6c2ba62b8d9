package org.agreementtracker.input;

import org.agreementtracker.problem.ProblemResponder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
public class InputConfiguration {

    /** After the size limit, before Spring Security (order -100): nothing reads a request this refuses. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 110;

    @Bean
    public StrictJson strictJson() {
        return new StrictJson();
    }

    @Bean
    public StrictParameters strictParameters() {
        return new StrictParameters();
    }

    @Bean
    public FilterRegistrationBean<StrictRequestFilter> strictRequestFilter(ProblemResponder problems) {
        var registration = new FilterRegistrationBean<>(new StrictRequestFilter(problems));
        registration.setOrder(ORDER);
        return registration;
    }
}
