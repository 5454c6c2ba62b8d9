package org.agreementtracker.body;

import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.webtest.Http;
import org.agreementtracker.webtest.WebTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BodyRegisterTest {

    /** The register as the running tracker serves it. */
    @Nested
    @WebTest
    class OverHttp {

        @LocalServerPort
        int port;

        @Test
        void listsTheReferenceBodiesThenTheConfiguredOnes() {
            var answer = Http.to(port).get("/api/v1/bodies").as("officer-pk", "officer-password").send();

            assertThat(answer.status()).isEqualTo(200);
            JsonNode bodies = answer.json();
            assertThat(bodies).hasSize(24);
            assertThat(bodies.get(0).path("id").asString()).isEqualTo("PK-MOFA");
            assertThat(bodies.get(0).path("country").asString()).isEqualTo("PK");
            assertThat(bodies.get(0).path("name").asString()).isEqualTo("Ministry of Foreign Affairs");
            assertThat(bodies.get(23).path("id").asString()).isEqualTo("XX-TRADE");
            assertThat(bodies.valueStream().map(b -> b.path("id").asString())).contains("BY-MFA", "BY-MOLSP");
        }

        @Test
        void needsAUser() {
            assertThat(Http.to(port).get("/api/v1/bodies").send().status()).isEqualTo(401);
        }
    }

    /** Configured bodies are checked when the tracker starts. */
    @Nested
    class AtStartup {

        private final ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
                                                         ValidationAutoConfiguration.class))
                .withUserConfiguration(BodyConfiguration.class);

        @Test
        void noConfiguredBodyStillGivesTheReferenceRegister() {
            runner.run(context -> assertThat(context.getBean(BodyRegister.class).all()).hasSize(23));
        }

        @Test
        void aConfiguredIdThatRepeatsAReferenceBodyStopsTheStart() {
            runner.withPropertyValues("tracker.bodies[0].id=PK-MOFA", "tracker.bodies[0].country=PK",
                                      "tracker.bodies[0].name=Again")
                  .run(context -> assertThat(context).getFailure().rootCause()
                                                     .hasMessageContaining("body id PK-MOFA is registered twice"));
        }

        @Test
        void aConfiguredBodyWithoutCountryStopsTheStartNamingTheProperty() {
            runner.withPropertyValues("tracker.bodies[0].id=ZZ-ONE", "tracker.bodies[0].country= ",
                                      "tracker.bodies[0].name=One")
                  .run(context -> assertThat(context).getFailure()
                                                     .hasStackTraceContaining("tracker.bodies[0].country")
                                                     .hasStackTraceContaining("must not be blank"));
        }
    }

    @Test
    void twoBodiesWithOneIdAreRefused() {
        var body = new Body("A-1", "A", "One");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BodyRegister.of(List.of(body, body)))
                                       .hasMessageContaining("A-1 is registered twice");
    }
}
