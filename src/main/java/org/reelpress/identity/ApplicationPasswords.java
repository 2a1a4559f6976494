package org.reelpress.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Passwords a writer makes for programs that call the WordPress REST API, as WordPress's
 * application passwords: 24 random letters and digits shown once in groups of four, kept only
 * as a SHA-256 (a random secret that long needs no slow hash), revoked one by one. They open
 * the API only, never the sign-in form, and the account password never opens the API.
 */
@Component
public class ApplicationPasswords {

    static final int LENGTH = 24;
    public static final int MAX_NAME = 100;
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private final JdbcClient db;
    private final UserRepository users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApplicationPasswords(JdbcClient db, UserRepository users, Clock clock) {
        this.db = db;
        this.users = users;
        this.clock = clock;
    }

    /** Makes a password named {@code name} for the user and returns it, "abcd EFGH 1234 …", the only time it is seen. */
    public String create(long userId, String name) {
        StringBuilder secret = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                secret.append(' ');
            }
            secret.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        db.sql("INSERT INTO application_passwords (user_id, name, secret_hash, created_at) VALUES (:user, :name, :hash, :now)")
                .param("user", userId).param("name", name).param("hash", hash(secret.toString()))
                .param("now", clock.millis()).update();
        return secret.toString();
    }

    /** The user's application passwords, newest first. */
    public List<ApplicationPassword> of(long userId) {
        return db.sql("SELECT * FROM application_passwords WHERE user_id = :user ORDER BY created_at DESC, id DESC")
                .param("user", userId)
                .query((rs, n) -> {
                    long used = rs.getLong("last_used_at");
                    Instant lastUsed = rs.wasNull() ? null : Instant.ofEpochMilli(used);
                    return new ApplicationPassword(rs.getLong("id"), rs.getString("name"),
                            Instant.ofEpochMilli(rs.getLong("created_at")), lastUsed);
                })
                .list();
    }

    /** Revokes one of the user's own passwords; false when they have none by that id. */
    public boolean revoke(long userId, long id) {
        return db.sql("DELETE FROM application_passwords WHERE id = :id AND user_id = :user")
                .param("id", id).param("user", userId).update() == 1;
    }

    /**
     * The writer signed in by their login and one of their application passwords (spaces in it
     * do not matter); empty for anything else, a blocked or deleted account, or the account password.
     */
    public Optional<Authentication> authenticate(String login, String secret) {
        if (login == null || secret == null || secret.length() > 200) {
            return Optional.empty();
        }
        Optional<Long> owner = db.sql("SELECT user_id FROM application_passwords WHERE secret_hash = :hash")
                .param("hash", hash(secret)).query(Long.class).optional();
        return owner.flatMap(userId -> users.findWriter(login.strip())
                .filter(writer -> writer.id() == userId && !writer.blocked())
                .map(writer -> {
                    db.sql("""
                            UPDATE application_passwords SET last_used_at = :now
                            WHERE secret_hash = :hash AND (last_used_at IS NULL OR last_used_at < :now - 60000)""")
                            .param("now", clock.millis()).param("hash", hash(secret)).update();
                    WriterPrincipal principal = new WriterPrincipal(writer.id(), writer.login(), "", false,
                            writer.role().authorities());
                    return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
                }));
    }

    private static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(secret.replace(" ", "").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
