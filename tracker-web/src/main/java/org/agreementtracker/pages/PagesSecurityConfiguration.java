package org.agreementtracker.pages;

import org.agreementtracker.security.LoginThrottleFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may see the pages: the same users as the API, logged in with a form of ours and then known by a session
 * cookie, so (unlike the stateless API, whose chain stays as it is) every page write carries a CSRF token. This chain
 * answers only the pages' paths and comes before the API's, which takes everything else. Role rules sit on the page
 * controllers as on the API's ({@code Authorized}).
 */
@Configuration(proxyBeanMethods = false)
public class PagesSecurityConfiguration {

    /** The paths the pages answer; everything else (the API above all) is the API chain's. */
    static final String[] PAGE_PATHS = {"/", "/login", LoginThrottleFilter.THROTTLED_FORM, "/logout", "/forbidden",
            "/board", "/board/**", "/agreements/**", "/ministry", "/ministry/**", "/summary", "/public", "/public/**",
            "/meetings", "/meetings/**", AsOfPicker.PATH, "/css/**", "/js/**", "/favicon.ico"};

    /**
     * What a page may load and run: its own stylesheet, script and images, nothing inline (no {@code style=} or
     * {@code onclick=} either: bars are SVG, handlers live in {@code /js/tracker.js}), no frames around it, forms
     * only to itself.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public SecurityFilterChain pagesSecurity(HttpSecurity http) throws Exception {
        AccessDeniedHandlerImpl denied = new AccessDeniedHandlerImpl();
        denied.setErrorPage(PageErrors.FORBIDDEN_PATH);
        http.securityMatcher(PAGE_PATHS)
            .authorizeHttpRequests(requests -> requests
                    .requestMatchers("/public", "/public/**").permitAll()
                    .requestMatchers("/login", LoginThrottleFilter.THROTTLED_FORM, "/css/**", "/js/**", "/favicon.ico", PageErrors.FORBIDDEN_PATH).permitAll()
                    .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/board", false).permitAll())
            .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
            .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(denied))
            .headers(headers -> headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    // links carry agreement ids and moments; other sites need not learn them
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
