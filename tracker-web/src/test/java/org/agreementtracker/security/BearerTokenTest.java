package org.agreementtracker.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.agreementtracker.webtest.Http;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer tokens of an OpenID Connect issuer, signed here with a key whose public half Spring Boot is given (as it
 * would fetch it from the issuer): the claims roles, side and body make the same user as HTTP Basic does.
 */
@WebTest
class BearerTokenTest {

    private static final KeyPair ISSUER_KEY = rsaKeyPair();
    private static final KeyPair IMPOSTOR_KEY = rsaKeyPair();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void issuerKey(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location",
                     () -> "file:" + publicKeyFile(ISSUER_KEY));
    }

    private Http.Answer me(String token) {
        return Http.to(port).get("/api/v1/probe/me").bearer(token).send();
    }

    @Test
    void aMinistryOfficersTokenBecomesATrackerUserWithSideAndBody() {
        var answer = me(token(ISSUER_KEY, claims -> claims.subject("officer-7").claim("roles", List.of("MINISTRY"))
                                                          .claim("side", "BY").claim("body", "BY-MFA")));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode me = answer.json();
        assertThat(me.path("username").asString()).isEqualTo("officer-7");
        assertThat(me.path("roles").get(0).asString()).isEqualTo("MINISTRY");
        assertThat(me.path("side").asString()).isEqualTo("BY");
        assertThat(me.path("body").asString()).isEqualTo("BY-MFA");
    }

    @Test
    void rolesMayComeAsOneStringAndUnknownOnesAreIgnored() {
        var answer = me(token(ISSUER_KEY, claims -> claims.subject("chair").claim("roles", "committee offline_access")));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().path("roles")).hasSize(1);
        assertThat(answer.json().path("roles").get(0).asString()).isEqualTo("COMMITTEE");
    }

    @Test
    void tokenRolesAreEnforcedByTheSameRules() {
        var auditor = token(ISSUER_KEY, claims -> claims.subject("aud-1").claim("roles", List.of("AUDITOR")));

        var answer = Http.to(port).get("/api/v1/probe/admin-only").bearer(auditor).send();

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aTokenSignedByAnotherKeyIs401WithABearerChallenge() {
        var answer = me(token(IMPOSTOR_KEY, claims -> claims.subject("x").claim("roles", List.of("ADMIN"))));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.response().headers().allValues("WWW-Authenticate"))
                .anySatisfy(challenge -> assertThat(challenge).startsWith("Bearer error=\"invalid_token\""));
    }

    @Test
    void aTokenWithoutTrackerRoleOrWithAnUnregisteredBodyIs401() {
        var noRole = me(token(ISSUER_KEY, claims -> claims.subject("x").claim("roles", List.of("VIEWER"))));
        assertThat(noRole.status()).isEqualTo(401);
        assertThat(noRole.json().path("detail").asString()).contains("no tracker role");

        var unknownBody = me(token(ISSUER_KEY, claims -> claims.subject("x").claim("roles", List.of("MINISTRY"))
                                                               .claim("side", "BY").claim("body", "BY-NOPE")));
        assertThat(unknownBody.status()).isEqualTo(401);
        assertThat(unknownBody.json().path("detail").asString()).contains("BY-NOPE is not in the register");

        var noBody = me(token(ISSUER_KEY, claims -> claims.subject("x").claim("roles", List.of("MINISTRY"))));
        assertThat(noBody.status()).isEqualTo(401);
    }

    @Test
    void aTokensClearanceAndCompartmentsAreTheUsersAndWithoutThemTheDefaultLevel() {
        var cleared = me(token(ISSUER_KEY, claims -> claims.subject("officer-9").claim("roles", List.of("MINISTRY"))
                                                           .claim("side", "PK").claim("body", "PK-MOD")
                                                           .claim("clearance", "secret")
                                                           .claim("compartments", "DEFENCE")));
        var plain = me(token(ISSUER_KEY, claims -> claims.subject("chair").claim("roles", List.of("COMMITTEE"))));

        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.json().path("clearance").path("level").asString()).isEqualTo("SECRET");
        assertThat(cleared.json().path("clearance").path("compartments").get(0).asString()).isEqualTo("DEFENCE");
        assertThat(cleared.json().path("clearance").path("side").asString()).isEqualTo("PK");
        assertThat(plain.json().path("clearance").path("level").asString()).isEqualTo("OFFICIAL");
        assertThat(plain.json().path("clearance").path("compartments")).isEmpty();
    }

    @Test
    void aTokenWithAClearanceOrCompartmentTheTrackerDoesNotKnowIs401() {
        var level = me(token(ISSUER_KEY, claims -> claims.subject("x").claim("roles", List.of("COMMITTEE"))
                                                         .claim("clearance", "TOP_SECRET")));
        var compartment = me(token(ISSUER_KEY, claims -> claims.subject("x").claim("roles", List.of("COMMITTEE"))
                                                               .claim("clearance", "SECRET")
                                                               .claim("compartments", List.of("NUCLEAR"))));

        assertThat(level.status()).isEqualTo(401);
        assertThat(level.json().path("detail").asString()).contains("clearance TOP_SECRET is not one of");
        assertThat(compartment.status()).isEqualTo(401);
        assertThat(compartment.json().path("detail").asString()).contains("compartment NUCLEAR is not one of");
    }

    @Test
    void anExpiredTokenIs401() {
        var answer = me(token(ISSUER_KEY, claims -> claims.subject("x").claim("roles", List.of("ADMIN"))
                                                          .issuedAt(Instant.now().minusSeconds(7200))
                                                          .expiresAt(Instant.now().minusSeconds(3600))));

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void httpBasicStillWorksBesideTokens() {
        var answer = Http.to(port).get("/api/v1/probe/me").as("admin", "admin-password").send();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.response().headers().allValues("WWW-Authenticate")).isEmpty();
        assertThat(Http.to(port).get("/api/v1/bodies").send().response().headers().allValues("WWW-Authenticate"))
                .anySatisfy(challenge -> assertThat(challenge).startsWith("Basic"))
                .anySatisfy(challenge -> assertThat(challenge).isEqualTo("Bearer"));
    }

    @Test
    void theOpenApiDocumentOffersBothSchemes() {
        JsonNode schemes = Http.to(port).get("/v3/api-docs").send().json().path("components").path("securitySchemes");

        assertThat(schemes.path("basicAuth").path("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.path("bearerAuth").path("scheme").asString()).isEqualTo("bearer");
    }

    private static String token(KeyPair key, Consumer<JwtClaimsSet.Builder> claims) {
        RSAKey jwk = new RSAKey.Builder((RSAPublicKey) key.getPublic()).privateKey((RSAPrivateKey) key.getPrivate())
                                                                        .build();
        var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
        JwtClaimsSet.Builder builder = JwtClaimsSet.builder().issuer("https://issuer.test")
                                                   .issuedAt(Instant.now())
                                                   .expiresAt(Instant.now().plusSeconds(300));
        claims.accept(builder);
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(),
                                                        builder.build())).getTokenValue();
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path publicKeyFile(KeyPair key) {
        try {
            Path file = Files.createTempFile("issuer", ".pub");
            file.toFile().deleteOnExit();
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(key.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
