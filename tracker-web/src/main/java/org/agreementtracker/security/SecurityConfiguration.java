package org.agreementtracker.security;

import org.agreementtracker.problem.ProblemResponder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Who may call the tracker. Users from configuration authenticate with HTTP Basic; when Spring Boot has a
 * {@link JwtDecoder} (it makes one when {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}, or a key
 * location, is set) bearer tokens from that OpenID Connect issuer are accepted too. Every {@code /api/v1/**} request
 * needs an authenticated user; the API documentation, health and the Prometheus metrics are open; anything else
 * needs a user as well, so a new endpoint is closed until someone opens it. Role rules sit on the controllers ({@link Authorized}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration implements WebMvcConfigurer {

    private final ApplicationContext context;

    public SecurityConfiguration(ApplicationContext context) {
        this.context = context;
    }

    @Bean
    public SecurityFilterChain trackerSecurity(HttpSecurity http, ProblemResponder problems,
                                               ObjectProvider<JwtDecoder> jwtDecoder,
                                               JwtTrackerUserConverter jwtUsers) throws Exception {
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        var entryPoint = new ProblemAuthenticationEntryPoint(problems, decoder != null);
        var denied = new ProblemAccessDeniedHandler(problems);
        http.csrf(AbstractHttpConfigurer::disable) // no cookies, no sessions: nothing for a forged request to ride on
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(cache -> cache.disable())
            .authorizeHttpRequests(requests -> requests
                    // the public portal's feed: PUBLIC items only, read with the public's clearance whoever asks
                    .requestMatchers("/api/v1/public/**").permitAll()
                    .requestMatchers("/api/v1/**").authenticated()
                    .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
                                     "/swagger-ui/**").permitAll()
                    // Prometheus scrapes without credentials: counts and timings, no business records; an operator
                    // who wants it off the public port sets management.server.port
                    .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                    .requestMatchers("/error").permitAll()
                    .anyRequest().authenticated())
            .httpBasic(basic -> basic.realmName(ProblemAuthenticationEntryPoint.REALM)
                                     .authenticationEntryPoint(entryPoint))
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint)
                                                       .accessDeniedHandler(denied))
            .headers(headers -> headers
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    // the API answers data, never a document to render: nothing may run in it (Swagger UI, a page
                    // of scripts and styles of its own, is not under /api)
                    .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                            PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                            new StaticHeadersWriter("Content-Security-Policy",
                                                    "default-src 'none'; frame-ancestors 'none'"))));
        if (decoder != null) {
            http.oauth2ResourceServer(resourceServer -> resourceServer
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(jwtUsers))
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(denied));
        }
        return http.build();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RoleRulesBeforeBinding(context));
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new TrackerUserArgumentResolver());
    }
}
