package org.agreementtracker.configuration;

import org.agreementtracker.body.BodyConfiguration;
import org.agreementtracker.classification.ClassificationConfiguration;
import org.agreementtracker.security.TrackerUser;
import org.agreementtracker.security.TrackerUserStore;
import org.agreementtracker.security.TrackerUsersConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** What an operator sees when the users or bodies they configured cannot work: the start fails, saying why. */
class StartupConfigurationTest {

    private final ApplicationContextRunner tracker = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, ValidationAutoConfiguration.class))
            .withUserConfiguration(BodyConfiguration.class, ClassificationConfiguration.class,
                                   TrackerUsersConfiguration.class)
            .withPropertyValues("tracker.mongo.uri=mongodb://db.example:27017");

    @Test
    void aMinistryUserWhoseBodyIsNotRegisteredStopsTheStartWithADescriptionAndAnAction() {
        tracker.withPropertyValues("tracker.security.users[0].username=officer",
                                   "tracker.security.users[0].password={noop}pw",
                                   "tracker.security.users[0].roles=MINISTRY",
                                   "tracker.security.users[0].side=PK",
                                   "tracker.security.users[0].body=PK-NOPE")
               .run(context -> {
                   assertThat(context).hasFailed();
                   FailureAnalysis analysis = new InvalidConfigurationFailureAnalyzer()
                           .analyze(context.getStartupFailure());
                   assertThat(analysis).isNotNull();
                   assertThat(analysis.getDescription())
                           .startsWith("tracker.security.users[0] (officer): body PK-NOPE is not in the register");
                   assertThat(analysis.getAction()).contains("tracker.bodies");
               });
    }

    @Test
    void aBodyAddedUnderTrackerBodiesMakesThatUserValid() {
        tracker.withPropertyValues("tracker.security.users[0].username=officer",
                                   "tracker.security.users[0].password={noop}pw",
                                   "tracker.security.users[0].roles=MINISTRY",
                                   "tracker.security.users[0].side=KZ",
                                   "tracker.security.users[0].body=KZ-MFA",
                                   "tracker.bodies[0].id=KZ-MFA",
                                   "tracker.bodies[0].country=KZ",
                                   "tracker.bodies[0].name=Ministry of Foreign Affairs")
               .run(context -> assertThat(context.getBean(TrackerUserStore.class).users()).hasSize(1));
    }

    @Test
    void aRoleThatDoesNotExistStopsTheStartNamingTheProperty() {
        tracker.withPropertyValues("tracker.security.users[0].username=chair",
                                   "tracker.security.users[0].password={noop}pw",
                                   "tracker.security.users[0].roles=CHAIR")
               .run(context -> assertThat(context).getFailure()
                                                  .hasStackTraceContaining("tracker.security.users[0].roles"));
    }

    @Test
    void withNoUsersAndAnExternalStoreThereAreNoDemoUsers() {
        tracker.run(context -> assertThat(context.getBean(TrackerUserStore.class).isEmpty()).isTrue());
    }

    @Test
    void withNoUsersAndTheEmbeddedStoreDemoUsersAreMadeWithADefenceOfficerPerSideOfTheReferenceBodies() {
        tracker.withPropertyValues("tracker.mongo.uri=")
               .run(context -> assertThat(context.getBean(TrackerUserStore.class).users())
                       .extracting(TrackerUser::username)
                       .containsExactly("admin", "committee", "auditor", "ministry-pk", "ministry-by", "defence-pk",
                                        "defence-by"));
    }
}
