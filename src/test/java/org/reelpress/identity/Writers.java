package org.reelpress.identity;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.crypto.password.PasswordEncoder;

/** Makes accounts with a password for tests in other folders, each with a login of its own. */
public final class Writers {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Writers() {
    }

    /** A new account with this role and password; returns its login. */
    public static String create(UserRepository users, PasswordEncoder passwords, Role role, String password) {
        String login = role.column() + "-" + SEQUENCE.incrementAndGet();
        users.createWriter(login, login + "@example.com", "Person " + login, role, passwords.encode(password), Instant.now());
        return login;
    }
}
