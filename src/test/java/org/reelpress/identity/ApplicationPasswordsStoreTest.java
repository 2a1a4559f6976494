package org.reelpress.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.reelpress.storage.Engine;
import org.springframework.jdbc.core.simple.JdbcClient;

@ParameterizedClass(name = "on {0}")
@EnumSource(Engine.class)
class ApplicationPasswordsStoreTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final UserRepository users;
    private final ApplicationPasswords passwords;

    ApplicationPasswordsStoreTest(Engine engine) {
        JdbcClient db = JdbcClient.create(engine.newMigratedDatabase());
        users = new UserRepository(db);
        passwords = new ApplicationPasswords(db, users, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void signsInWithAPasswordOnlyForItsOwnerUntilRevoked() {
        long mina = users.createWriter("mina", "mina@example.org", "Mina", Role.EDITOR, "account-hash", NOW);
        long other = users.createWriter("other", "other@example.org", "Other", Role.AUTHOR, "account-hash", NOW);
        String secret = passwords.create(mina, "Phone");

        assertThat(passwords.authenticate("mina", secret)).get()
                .extracting(authentication -> ((SignedIn) authentication.getPrincipal()).userId()).isEqualTo(mina);
        assertThat(passwords.authenticate("MINA", secret.replace(" ", ""))).isPresent();
        assertThat(passwords.authenticate("other", secret)).isEmpty();
        assertThat(passwords.authenticate("mina", "account-hash")).isEmpty();
        assertThat(passwords.of(mina)).singleElement()
                .extracting(ApplicationPassword::name, ApplicationPassword::createdAt, ApplicationPassword::lastUsedAt)
                .containsExactly("Phone", NOW, NOW);

        long id = passwords.of(mina).getFirst().id();
        assertThat(passwords.revoke(other, id)).isFalse();
        assertThat(passwords.revoke(mina, id)).isTrue();
        assertThat(passwords.authenticate("mina", secret)).isEmpty();
    }

    @Test
    void refusesABlockedWriter() {
        long mina = users.createWriter("mina", "mina@example.org", "Mina", Role.EDITOR, "account-hash", NOW);
        String secret = passwords.create(mina, "Script");

        users.setBlocked(mina, true, NOW);

        assertThat(passwords.authenticate("mina", secret)).isEmpty();
    }
}
