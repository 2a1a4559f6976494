package org.reelpress.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mail waiting to be sent, claimed by one sender at a time even when several blogs share a database. */
@Repository
public class Outbox {

    record Queued(long id, Mail mail, int attempts) {
    }

    private final JdbcClient db;

    Outbox(JdbcClient db) {
        this.db = db;
    }

    /** Queues a mail; called inside the transaction that caused it, so both are kept or neither. */
    public void add(Mail mail, Instant now) {
        db.sql("""
                INSERT INTO outbox (recipient, subject, body, unsubscribe_url, created_at, next_attempt_at)
                VALUES (:to, :subject, :body, :unsubscribe, :now, :now)""")
                .param("to", mail.recipient()).param("subject", mail.subject()).param("body", mail.body())
                .param("unsubscribe", mail.unsubscribeUrl()).param("now", now.toEpochMilli()).update();
    }

    /**
     * Claims up to {@code limit} mails that are due and not claimed by a sender still at work.
     * The claim condition is repeated outside the subquery: on PostgreSQL an update that waited
     * for another sender's row lock checks it again, so no mail is claimed twice.
     */
    List<Queued> claimDue(String sender, Instant now, Instant claimUntil, int limit) {
        db.sql("""
                UPDATE outbox SET claimed_by = :sender, claimed_until = :until
                WHERE id IN (SELECT id FROM outbox
                             WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= :now
                               AND (claimed_until IS NULL OR claimed_until < :now)
                             ORDER BY id LIMIT :limit)
                  AND sent_at IS NULL AND (claimed_until IS NULL OR claimed_until < :now)""")
                .param("sender", sender).param("until", claimUntil.toEpochMilli())
                .param("now", now.toEpochMilli()).param("limit", limit).update();
        return db.sql("""
                SELECT * FROM outbox WHERE claimed_by = :sender AND claimed_until = :until AND sent_at IS NULL
                ORDER BY id""")
                .param("sender", sender).param("until", claimUntil.toEpochMilli())
                .query(Outbox::queued).list();
    }

    /** Gives a claimed mail back, to be claimed again at once, by this sender or another. */
    void release(long id, String sender) {
        db.sql("UPDATE outbox SET claimed_until = NULL WHERE id = :id AND claimed_by = :sender AND sent_at IS NULL")
                .param("id", id).param("sender", sender).update();
    }

    void sent(long id, Instant now) {
        db.sql("UPDATE outbox SET sent_at = :now, claimed_until = NULL, attempts = attempts + 1 WHERE id = :id")
                .param("now", now.toEpochMilli()).param("id", id).update();
    }

    /** Tries again at {@code retryAt}, or gives up when that is null. */
    void failed(long id, String error, Instant now, Instant retryAt) {
        db.sql("""
                UPDATE outbox SET attempts = attempts + 1, last_error = :error, claimed_until = NULL,
                       next_attempt_at = COALESCE(:retry, next_attempt_at), failed_at = :failed
                WHERE id = :id""")
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("retry", retryAt == null ? null : retryAt.toEpochMilli())
                .param("failed", retryAt == null ? now.toEpochMilli() : null)
                .param("id", id).update();
    }

    public int waiting() {
        return db.sql("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL")
                .query(Integer.class).single();
    }

    private static Queued queued(ResultSet rs, int row) throws SQLException {
        return new Queued(rs.getLong("id"), new Mail(rs.getString("recipient"), rs.getString("subject"),
                rs.getString("body"), rs.getString("unsubscribe_url")), rs.getInt("attempts"));
    }
}
