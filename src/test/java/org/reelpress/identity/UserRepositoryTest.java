package org.reelpress.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.reelpress.storage.Engine;
import org.springframework.jdbc.core.simple.JdbcClient;

@ParameterizedClass(name = "on {0}")
@EnumSource(Engine.class)
class UserRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final UserRepository users;

    UserRepositoryTest(Engine engine) {
        users = new UserRepository(JdbcClient.create(engine.newMigratedDatabase()));
    }

    @Test
    void claimsAnAdministratorOnlyOnce() {
        long admin = users.createUnclaimed("admin", "Admin", Role.ADMINISTRATOR, NOW);
        assertThat(users.anyAdministratorClaimed()).isFalse();

        boolean first = users.claim(admin, "mina", "mina@example.org", "박미나", "hash-one");
        boolean second = users.claim(admin, "mallory", "mallory@example.org", "Mallory", "hash-two");

        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(users.anyAdministratorClaimed()).isTrue();
        assertThat(users.firstAdministrator()).get()
                .extracting(User::id, User::login, User::email, User::displayName, User::hasPassword, User::createdAt)
                .containsExactly(admin, "mina", "mina@example.org", "박미나", true, NOW);
        assertThat(users.findWriter("mina")).get().extracting(UserRepository.Writer::passwordHash).isEqualTo("hash-one");
    }

    @Test
    void letsNobodySignInToAnUnclaimedAccount() {
        users.createUnclaimed("admin", "Admin", Role.ADMINISTRATOR, NOW);

        assertThat(users.findWriter("admin")).isEmpty();
        assertThat(users.firstAdministrator()).get().extracting(User::hasPassword).isEqualTo(false);
    }

    @Test
    void knowsALoginIsTakenOnlyBySomeoneElse() {
        long admin = users.createUnclaimed("admin", "Admin", Role.ADMINISTRATOR, NOW);
        long editor = users.createUnclaimed("editor", "Editor", Role.EDITOR, NOW);

        assertThat(users.loginTaken("editor", admin)).isTrue();
        assertThat(users.loginTaken("editor", editor)).isFalse();
        assertThat(users.loginTaken("nobody", admin)).isFalse();
    }

    @Test
    void findsAnExternalAccountByProviderAndSubjectAndNeverMergesByEmail() {
        long google = users.createCommenter("google", "g-1", "same@example.com", "Ana on Google", Instant.EPOCH);
        long github = users.createCommenter("github", "h-1", "same@example.com", "Ana on GitHub", Instant.EPOCH);

        assertThat(github).isNotEqualTo(google);
        assertThat(users.findByIdentity("google", "g-1")).map(User::id).contains(google);
        assertThat(users.findByIdentity("github", "h-1")).map(User::id).contains(github);
        assertThat(users.findByIdentity("google", "h-1")).isEmpty();
        assertThat(users.find(google).orElseThrow().role()).isEqualTo(Role.COMMENTER);
    }
}
