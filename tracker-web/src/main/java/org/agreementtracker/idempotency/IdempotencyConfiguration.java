package org.agreementtracker.idempotency;

import com.mongodb.client.MongoDatabase;
import jakarta.servlet.DispatcherType;
import org.agreementtracker.problem.ProblemResponder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyConfiguration {

    /** Right after Spring Security's filters: the user is known, and a 401 never reaches the keys. */
    static final int ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10;

    @Bean
    public IdempotencyKeys idempotencyKeys(MongoDatabase database, IdempotencyProperties properties) {
        IdempotencyKeys keys = new IdempotencyKeys(database, properties.retention(), properties.inProgressTimeout(),
                                                   Clock.systemUTC());
        keys.createIndexes();
        return keys;
    }

    @Bean
    public FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyKeys keys,
                                                                       ProblemResponder problems) {
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(keys, problems));
        registration.setOrder(ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
