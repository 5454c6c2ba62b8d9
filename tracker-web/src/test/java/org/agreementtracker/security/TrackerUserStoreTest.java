package org.agreementtracker.security;

import org.agreementtracker.api.actor.Role;
import org.agreementtracker.api.body.Body;
import org.agreementtracker.api.body.BodyRegister;
import org.agreementtracker.security.SecurityUsersProperties.ConfiguredUser;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A mistake in tracker.security.users stops the tracker with a message that names the user and the fix. */
class TrackerUserStoreTest {

    private static final BodyRegister REGISTER = BodyRegister.of(List.of(
            new Body("PK-MOFA", "PK", "Ministry of Foreign Affairs"),
            new Body("BY-MFA", "BY", "Ministry of Foreign Affairs")));
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private static TrackerUserStore store(ConfiguredUser... users) {
        return TrackerUserStore.of(List.of(users), REGISTER, ENCODER);
    }

    private static ConfiguredUser ministry(String side, String body) {
        return new ConfiguredUser("officer", "{noop}pw", List.of(Role.MINISTRY), side, body);
    }

    @Test
    void aValidMinistryUserIsLoadedWithItsSideAndBody() {
        TrackerUserStore store = store(ministry("PK", "PK-MOFA"));

        var details = (TrackerUserDetails) store.loadUserByUsername("officer");
        assertThat(details.user()).isEqualTo(new TrackerUser("officer", java.util.Set.of(Role.MINISTRY), "PK",
                                                             "PK-MOFA"));
        assertThat(details.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_MINISTRY");
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
        assertThatThrownBy(() -> store(new ConfiguredUser("admin", "secret", List.of(Role.ADMIN), null, null)))
                .hasMessageContaining("password must be encoded as {bcrypt}")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> store(new ConfiguredUser("admin", "{rot13}frperg", List.of(Role.ADMIN), null,
                                                          null)))
                .hasMessageContaining("password must be encoded as {bcrypt}");
        assertThatThrownBy(() -> store(new ConfiguredUser("admin", "{bcrypt}a0NmHegVAzotUcnc", List.of(Role.ADMIN),
                                                          null, null)))
                .hasMessageContaining("not a bcrypt hash");
    }

    @Test
    void aUserWithoutRoleOrNameOrTwiceIsRefused() {
        assertThatThrownBy(() -> store(new ConfiguredUser("admin", "{noop}pw", List.of(), null, null)))
                .hasMessageContaining("roles are missing");
        assertThatThrownBy(() -> store(new ConfiguredUser(" ", "{noop}pw", List.of(Role.ADMIN), null, null)))
                .hasMessageContaining("username is missing");
        var admin = new ConfiguredUser("admin", "{noop}pw", List.of(Role.ADMIN), null, null);
        assertThatThrownBy(() -> store(admin, admin)).hasMessageContaining("username admin is configured twice");
    }

    @Test
    void theStoreHandsOutAFreshCopySoErasingOnesPasswordKeepsTheStoredOne() {
        TrackerUserStore store = store(new ConfiguredUser("admin", "{noop}pw", List.of(Role.ADMIN), null, null));

        ((TrackerUserDetails) store.loadUserByUsername("admin")).eraseCredentials();

        assertThat(store.loadUserByUsername("admin").getPassword()).isEqualTo("{noop}pw");
    }

    @Test
    void demoUsersCoverEveryRoleAndOneMinistryOfficerPerCountryWithRandomPasswords() {
        var demo = DemoUsers.generate(REGISTER, new java.security.SecureRandom());
        TrackerUserStore store = TrackerUserStore.of(demo.stream().map(DemoUsers.DemoUser::entry).toList(), REGISTER,
                                                     ENCODER);

        assertThat(store.users()).extracting(TrackerUser::username)
                                 .containsExactly("admin", "committee", "auditor", "ministry-pk", "ministry-by");
        assertThat(store.users().get(3)).isEqualTo(new TrackerUser("ministry-pk", java.util.Set.of(Role.MINISTRY),
                                                                   "PK", "PK-MOFA"));
        assertThat(demo).extracting(DemoUsers.DemoUser::plainPassword).doesNotHaveDuplicates()
                        .allSatisfy(password -> assertThat(password).hasSize(20));
        var again = DemoUsers.generate(REGISTER, new java.security.SecureRandom());
        assertThat(again.get(0).plainPassword()).isNotEqualTo(demo.get(0).plainPassword());
        assertThat(ENCODER.matches(demo.get(0).plainPassword(), store.loadUserByUsername("admin").getPassword()))
                .isTrue();
    }
}
