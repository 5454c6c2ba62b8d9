package org.agreementtracker.security;

import org.agreementtracker.api.actor.Role;
import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.api.classification.ClassificationScheme;
import org.agreementtracker.api.classification.Clearance;
import org.agreementtracker.security.SecurityUsersProperties.ConfiguredUser;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A mistake in tracker.security.users stops the tracker with a message that names the user and the fix. */
class TrackerUserStoreTest {

    private static final BodyRegister REGISTER = BodyRegister.of(List.of(
            new Body("PK-MOFA", "PK", "Ministry of Foreign Affairs"),
            new Body("BY-MFA", "BY", "Ministry of Foreign Affairs")));
    private static final ClassificationScheme SCHEME = ClassificationScheme.standard();
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private static TrackerUserStore store(ConfiguredUser... users) {
        return TrackerUserStore.of(List.of(users), REGISTER, ENCODER, SCHEME);
    }

    private static ConfiguredUser admin(String password) {
        return new ConfiguredUser("admin", password, List.of(Role.ADMIN), null, null, null, null);
    }

    private static ConfiguredUser ministry(String side, String body) {
        return new ConfiguredUser("officer", "{noop}pw", List.of(Role.MINISTRY), side, body, null, null);
    }

    @Test
    void aValidMinistryUserIsLoadedWithItsSideAndBody() {
        TrackerUserStore store = store(ministry("PK", "PK-MOFA"));

        var details = (TrackerUserDetails) store.loadUserByUsername("officer");
        assertThat(details.user()).isEqualTo(new TrackerUser("officer", Set.of(Role.MINISTRY), "PK", "PK-MOFA",
                                                             new Clearance("OFFICIAL", Set.of(), "PK")));
        assertThat(details.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MINISTRY");
    }

    @Test
    void aClearanceAndCompartmentsAreLoadedAndLimitedToTheUsersSide() {
        TrackerUserStore store = store(new ConfiguredUser("officer", "{noop}pw", List.of(Role.MINISTRY), "PK",
                                                          "PK-MOFA", "SECRET", List.of("DEFENCE")));

        assertThat(((TrackerUserDetails) store.loadUserByUsername("officer")).user().clearance())
                .isEqualTo(new Clearance("SECRET", Set.of("DEFENCE"), "PK"));
    }

    @Test
    void aClearanceOrCompartmentTheSchemeDoesNotKnowIsRefused() {
        assertThatThrownBy(() -> store(new ConfiguredUser("chair", "{noop}pw", List.of(Role.COMMITTEE), null, null,
                                                          "TOP_SECRET", List.of())))
                .hasMessageContaining("tracker.security.users[0] (chair): clearance TOP_SECRET is not one of "
                                              + "[PUBLIC, OFFICIAL, RESTRICTED, SECRET]");
        assertThatThrownBy(() -> store(new ConfiguredUser("chair", "{noop}pw", List.of(Role.COMMITTEE), null, null,
                                                          "SECRET", List.of("NUCLEAR"))))
                .hasMessageContaining("compartment NUCLEAR is not one of [DEFENCE]");
    }

    @Test
    void aMinistryUserWithoutSideOrBodyIsRefused() {
        assertThatThrownBy(() -> store(ministry(null, "PK-MOFA")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tracker.security.users[0] (officer)")
                .hasMessageContaining("MINISTRY user needs both a side");
        assertThatThrownBy(() -> store(ministry("PK", " "))).hasMessageContaining("MINISTRY user needs both a side");
    }

    @Test
    void aBodyOutsideTheRegisterIsRefused() {
        assertThatThrownBy(() -> store(ministry("PK", "PK-NOPE")))
                .hasMessageContaining("body PK-NOPE is not in the register")
                .hasMessageContaining("PK-MOFA")
                .hasMessageContaining("tracker.bodies");
    }

    @Test
    void aBodyOfTheOtherSideIsRefused() {
        assertThatThrownBy(() -> store(ministry("PK", "BY-MFA")))
                .hasMessageContaining("body BY-MFA belongs to side BY, not to side PK");
    }

    @Test
    void aPasswordWithoutEncodingPrefixOrWithAnUnknownOneIsRefused() {
        assertThatThrownBy(() -> store(admin("secret")))
                .hasMessageContaining("password must be encoded as {bcrypt}")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> store(new ConfiguredUser("admin", "{rot13}frperg", List.of(Role.ADMIN), null,
                                                          null, null, null)))
                .hasMessageContaining("password must be encoded as {bcrypt}");
        assertThatThrownBy(() -> store(admin("{bcrypt}a0NmHegVAzotUcnc")))
                .hasMessageContaining("not a bcrypt hash");
    }

    @Test
    void aUserWithoutRoleOrNameOrTwiceIsRefused() {
        assertThatThrownBy(() -> store(new ConfiguredUser("admin", "{noop}pw", List.of(), null, null, null, null)))
                .hasMessageContaining("roles are missing");
        assertThatThrownBy(() -> store(new ConfiguredUser(" ", "{noop}pw", List.of(Role.ADMIN), null, null, null,
                                                          null)))
                .hasMessageContaining("username is missing");
        var admin = admin("{noop}pw");
        assertThatThrownBy(() -> store(admin, admin)).hasMessageContaining("username admin is configured twice");
    }

    @Test
    void theStoreHandsOutAFreshCopySoErasingOnesPasswordKeepsTheStoredOne() {
        TrackerUserStore store = store(admin("{noop}pw"));

        ((TrackerUserDetails) store.loadUserByUsername("admin")).eraseCredentials();

        assertThat(store.loadUserByUsername("admin").getPassword()).isEqualTo("{noop}pw");
    }

    @Test
    void demoUsersCoverEveryRoleAndOneMinistryOfficerPerCountryWithRandomPasswords() {
        var demo = DemoUsers.generate(REGISTER, new java.security.SecureRandom());
        TrackerUserStore store = TrackerUserStore.of(demo.stream().map(DemoUsers.DemoUser::entry).toList(), REGISTER,
                                                     ENCODER, SCHEME);

        assertThat(store.users()).extracting(TrackerUser::username)
                                 .containsExactly("admin", "committee", "auditor", "ministry-pk", "ministry-by");
        assertThat(store.users().get(3)).isEqualTo(new TrackerUser("ministry-pk", Set.of(Role.MINISTRY),
                                                                   "PK", "PK-MOFA",
                                                                   new Clearance("OFFICIAL", Set.of(), "PK")));
        assertThat(store.users().get(1).clearance()).isEqualTo(new Clearance("SECRET", Set.of("DEFENCE"), null));
        assertThat(demo).extracting(DemoUsers.DemoUser::plainPassword).doesNotHaveDuplicates()
                        .allSatisfy(password -> assertThat(password).hasSize(20));
        var again = DemoUsers.generate(REGISTER, new java.security.SecureRandom());
        assertThat(again.get(0).plainPassword()).isNotEqualTo(demo.get(0).plainPassword());
        assertThat(ENCODER.matches(demo.get(0).plainPassword(), store.loadUserByUsername("admin").getPassword()))
                .isTrue();
    }
}
