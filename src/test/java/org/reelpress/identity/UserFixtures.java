package org.reelpress.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Makes accounts that sign in with a password, each with a login and a name of its own, and signs them in. */
@TestComponent
public class UserFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String PASSWORD = "a password long enough";

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private volatile String hash;

    UserFixtures(UserRepository users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    public record Account(long id, String login, String password, String displayName, String email) {
    }

    /** An account of {@code role} named {@code name} plus a number that makes it unique. */
    public Account create(Role role, String name) {
        int n = SEQUENCE.incrementAndGet();
        String login = "user-" + n;
        String displayName = name + " " + n;
        String email = login + "@example.org";
        if (hash == null) {
            hash = passwords.encode(PASSWORD);
        }
        long id = users.createWriter(login, email, displayName, role, hash, Instant.now());
        return new Account(id, login, PASSWORD, displayName, email);
    }

    /**
     * Signs {@code account} in through the password form, as a browser does. Each sign-in comes from
     * an address of its own (through the forwarding header the blog trusts from local proxies), so
     * the per-address limit on sign-ins never trips however many tests sign in.
     */
    public static Connection signIn(Connection browser, String baseUrl, Account account) {
        try {
            Document form = browser.newRequest(baseUrl + "/signin").get();
            Connection.Response response = browser.newRequest(baseUrl + "/signin").method(Connection.Method.POST)
                    .header("X-Forwarded-For", "203.0.113." + (SEQUENCE.incrementAndGet() % 250 + 1))
                    .data("_csrf", form.selectFirst("input[name=_csrf]").val())
                    .data("login", account.login()).data("password", account.password())
                    .execute();
            assertThat(response.header("Location")).as("where the sign-in of %s led", account.login())
                    .doesNotContain("error");
            return browser;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
