package org.agreementtracker.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.agreementtracker.security.TrackerUser;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The OpenAPI document ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): open to all, as it describes
 * the API and exposes no data. Every operation requires HTTP Basic, or a bearer token when an issuer is configured.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    static {
        // the caller comes from the authentication, not from a request parameter
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(TrackerUser.class);
    }

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";

    @Bean
    public OpenAPI trackerOpenApi(ObjectProvider<JwtDecoder> jwtDecoder) {
        Components components = new Components().addSecuritySchemes(
                BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                           .description("A user from tracker.security.users"));
        OpenAPI api = new OpenAPI()
                .info(new Info().title("Agreement Implementation Tracker API")
                                .version("v1")
                                .description("Agreements from signature to completion. Errors are RFC 9457 problems "
                                                     + "(application/problem+json). A POST may carry an "
                                                     + "Idempotency-Key header."))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
        if (jwtDecoder.getIfAvailable() != null) {
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                                                      .bearerFormat("JWT")
                                                                      .description("A token of the OpenID Connect "
                                                                                           + "issuer, with claims "
                                                                                           + "roles, side, body"));
            api.addSecurityItem(new SecurityRequirement().addList(BEARER));
        }
        return api;
    }

    @Bean
    public OpenApiCustomizer problemResponses() {
        return new ProblemResponsesCustomizer();
    }
}
