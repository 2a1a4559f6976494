package org.reelpress.notification;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who hears of new comments on which post. Addresses are kept lower-cased, one row per post and address. */
@Repository
class Subscriptions {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient db;

    Subscriptions(JdbcClient db) {
        this.db = db;
    }

    /** A reader's subscription, new or waiting for confirmation again if they had unsubscribed. */
    Subscription request(long postId, String email, Instant now) {
        insert(postId, email, null, now);
        db.sql("""
                UPDATE subscriptions SET confirmed_at = NULL, unsubscribed_at = NULL
                WHERE post_id = :post AND email = :email AND unsubscribed_at IS NOT NULL""")
                .param("post", postId).param("email", normalized(email)).update();
        return find(postId, email);
    }

    /** The post author's own subscription: confirmed from the start, since nobody else can ask for it. */
    Subscription ofAuthor(long postId, String email, Instant now) {
        insert(postId, email, now, now);
        return find(postId, email);
    }

    Optional<Subscription> byToken(String token) {
        return db.sql("SELECT * FROM subscriptions WHERE token = :token").param("token", token)
                .query(Subscriptions::subscription).optional();
    }

    /** Confirms a subscription not yet ended; false if it had been. */
    boolean confirm(long id, Instant now) {
        return db.sql("""
                UPDATE subscriptions SET confirmed_at = COALESCE(confirmed_at, :now)
                WHERE id = :id AND unsubscribed_at IS NULL""")
                .param("now", now.toEpochMilli()).param("id", id).update() == 1;
    }

    void unsubscribe(long id, Instant now) {
        db.sql("UPDATE subscriptions SET unsubscribed_at = COALESCE(unsubscribed_at, :now) WHERE id = :id")
                .param("now", now.toEpochMilli()).param("id", id).update();
    }

    /** The confirmed subscriptions of a post that have not ended. */
    List<Subscription> activeFor(long postId) {
        return db.sql("""
                SELECT * FROM subscriptions
                WHERE post_id = :post AND confirmed_at IS NOT NULL AND unsubscribed_at IS NULL ORDER BY id""")
                .param("post", postId).query(Subscriptions::subscription).list();
    }

    private void insert(long postId, String email, Instant confirmed, Instant now) {
        db.sql("""
                INSERT INTO subscriptions (post_id, email, token, confirmed_at, created_at)
                VALUES (:post, :email, :token, :confirmed, :now)
                ON CONFLICT (post_id, email) DO NOTHING""")
                .param("post", postId).param("email", normalized(email)).param("token", newToken())
                .param("confirmed", confirmed == null ? null : confirmed.toEpochMilli())
                .param("now", now.toEpochMilli()).update();
    }

    private Subscription find(long postId, String email) {
        return db.sql("SELECT * FROM subscriptions WHERE post_id = :post AND email = :email")
                .param("post", postId).param("email", normalized(email))
                .query(Subscriptions::subscription).single();
    }

    static String normalized(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String newToken() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    private static Subscription subscription(ResultSet rs, int row) throws SQLException {
        return new Subscription(rs.getLong("id"), rs.getLong("post_id"), rs.getString("email"), rs.getString("token"),
                instant(rs, "confirmed_at"), instant(rs, "unsubscribed_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }
}
