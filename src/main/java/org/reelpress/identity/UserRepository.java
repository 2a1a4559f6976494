package org.reelpress.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class UserRepository {

    static final String DELETED_NAME = "Deleted user";

    private final JdbcClient db;

    UserRepository(JdbcClient db) {
        this.db = db;
    }

    /** Creates an account that nobody can sign in to until it is given a password. */
    public long createUnclaimed(String login, String displayName, Role role, Instant now) {
        return insert(login, "", displayName, role, null, now);
    }

    long createWriter(String login, String email, String displayName, Role role, String passwordHash, Instant now) {
        return insert(login, email, displayName, role, passwordHash, now);
    }

    private long insert(String login, String email, String displayName, Role role, String hash, Instant now) {
        return db.sql("""
                INSERT INTO users (login, email, display_name, password_hash, role, created_at)
                VALUES (:login, :email, :name, :hash, :role, :now) RETURNING id""")
                .param("login", login).param("email", email).param("name", displayName).param("hash", hash)
                .param("role", role.column()).param("now", now.toEpochMilli())
                .query(Long.class).single();
    }

    public Optional<User> find(long id) {
        return db.sql("SELECT * FROM users WHERE id = :id").param("id", id).query(UserRepository::user).optional();
    }

    /** The first administrator, who owns a fresh blog until someone claims it. */
    public Optional<User> firstAdministrator() {
        return db.sql("SELECT * FROM users WHERE role = 'administrator' AND deleted_at IS NULL ORDER BY id LIMIT 1")
                .query(UserRepository::user).optional();
    }

    public boolean anyAdministratorClaimed() {
        return db.sql("SELECT COUNT(*) FROM users WHERE role = 'administrator' AND password_hash IS NOT NULL")
                .query(Long.class).single() > 0;
    }

    /** Gives an unclaimed account its owner's details; false if someone claimed it first. */
    public boolean claim(long id, String login, String email, String displayName, String passwordHash) {
        return db.sql("""
                UPDATE users SET login = :login, email = :email, display_name = :name, password_hash = :hash
                WHERE id = :id AND password_hash IS NULL AND deleted_at IS NULL""")
                .param("login", login).param("email", email).param("name", displayName)
                .param("hash", passwordHash).param("id", id)
                .update() == 1;
    }

    public boolean loginTaken(String login, long exceptId) {
        return db.sql("SELECT COUNT(*) FROM users WHERE LOWER(login) = LOWER(:login) AND id <> :id")
                .param("login", login).param("id", exceptId).query(Long.class).single() > 0;
    }

    /** A writer who can sign in with a password, and how their sign-ins have gone. */
    record Writer(long id, String login, Role role, String passwordHash, boolean blocked,
                  int failedLogins, Instant lockedUntil) {
    }

    Optional<Writer> findWriter(String login) {
        return db.sql("SELECT * FROM users WHERE LOWER(login) = LOWER(:login) AND password_hash IS NOT NULL AND deleted_at IS NULL")
                .param("login", login)
                .query((rs, n) -> {
                    long locked = rs.getLong("locked_until");
                    return new Writer(rs.getLong("id"), rs.getString("login"), Role.ofColumn(rs.getString("role")),
                            rs.getString("password_hash"), rs.getObject("blocked_at") != null,
                            rs.getInt("failed_logins"), rs.wasNull() ? null : Instant.ofEpochMilli(locked));
                })
                .optional();
    }

    /**
     * Counts a failed sign-in; once {@code limit} fail in a row the account waits until {@code lockUntil}.
     * Both sign-in writes run in a transaction so that on SQLite they take their turn with every other
     * writer (storage/OneWriterAtATime) instead of meeting a busy database and failing the sign-in.
     */
    @Transactional
    void recordFailedLogin(String login, int limit, Instant lockUntil) {
        db.sql("""
                UPDATE users SET failed_logins = failed_logins + 1,
                       locked_until = CASE WHEN failed_logins + 1 >= :limit THEN :until ELSE locked_until END
                WHERE login = :login""")
                .param("limit", limit).param("until", lockUntil.toEpochMilli()).param("login", login).update();
    }

    @Transactional
    void clearFailedLogins(String login) {
        db.sql("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE login = :login AND failed_logins > 0")
                .param("login", login).update();
    }

    /** The account behind an external identity, if this provider's subject has signed in before. */
    Optional<User> findByIdentity(String provider, String subject) {
        return db.sql("""
                SELECT u.* FROM users u JOIN identities i ON i.user_id = u.id
                WHERE i.provider = :provider AND i.subject = :subject""")
                .param("provider", provider).param("subject", subject)
                .query(UserRepository::user).optional();
    }

    /** A first sign-in with an external account makes a commenter; an e-mail address never merges accounts. */
    @Transactional
    long createCommenter(String provider, String subject, String email, String displayName, Instant now) {
        long id = insert(provider + ":" + subject, email, displayName, Role.COMMENTER, null, now);
        db.sql("""
                INSERT INTO identities (user_id, provider, subject, email, created_at)
                VALUES (:user, :provider, :subject, :email, :now)""")
                .param("user", id).param("provider", provider).param("subject", subject)
                .param("email", email).param("now", now.toEpochMilli()).update();
        return id;
    }

    /** Keeps a commenter's name and address as their provider last told them. */
    void updateProfile(long id, String displayName, String email) {
        db.sql("UPDATE users SET display_name = :name, email = :email WHERE id = :id AND deleted_at IS NULL")
                .param("name", displayName).param("email", email).param("id", id).update();
    }

    public void setBlocked(long id, boolean blocked, Instant now) {
        db.sql("UPDATE users SET blocked_at = :at WHERE id = :id")
                .param("at", blocked ? now.toEpochMilli() : null).param("id", id).update();
    }

    /** Forgets who the user was; the row stays so that their comments keep their place. */
    @Transactional
    public void delete(long id, Instant now) {
        db.sql("""
                UPDATE users SET login = :login, email = '', display_name = :name, password_hash = NULL,
                       deleted_at = :now WHERE id = :id""")
                .param("login", "deleted:" + id).param("name", DELETED_NAME).param("now", now.toEpochMilli())
                .param("id", id).update();
        db.sql("DELETE FROM identities WHERE user_id = :id").param("id", id).update();
        db.sql("DELETE FROM user_avatars WHERE user_id = :id").param("id", id).update();
    }

    /** Whether an administrator other than {@code exceptId} can sign in: claimed, not blocked, not deleted. */
    boolean anotherAdministratorWhoCanSignIn(long exceptId) {
        return db.sql("""
                SELECT COUNT(*) FROM users
                WHERE role = 'administrator' AND id <> :id AND password_hash IS NOT NULL
                  AND blocked_at IS NULL AND deleted_at IS NULL""")
                .param("id", exceptId).query(Long.class).single() > 0;
    }

    public List<User> all() {
        return db.sql("SELECT * FROM users WHERE deleted_at IS NULL ORDER BY id").query(UserRepository::user).list();
    }

    /** The providers a user has signed in with, for their data export. */
    public List<String> identitiesOf(long id) {
        return db.sql("SELECT provider FROM identities WHERE user_id = :id ORDER BY provider")
                .param("id", id).query(String.class).list();
    }

    void saveAvatar(long userId, String contentType, byte[] image) {
        db.sql("""
                INSERT INTO user_avatars (user_id, content_type, image) VALUES (:user, :type, :image)
                ON CONFLICT (user_id) DO UPDATE SET content_type = excluded.content_type, image = excluded.image""")
                .param("user", userId).param("type", contentType).param("image", image).update();
    }

    record Avatar(String contentType, byte[] image) {
    }

    Optional<Avatar> avatar(long userId) {
        return db.sql("SELECT content_type, image FROM user_avatars WHERE user_id = :user").param("user", userId)
                .query((rs, n) -> new Avatar(rs.getString("content_type"), rs.getBytes("image"))).optional();
    }

    private static User user(ResultSet rs, int row) throws SQLException {
        return new User(rs.getLong("id"), rs.getString("login"), rs.getString("email"),
                rs.getString("display_name"), Role.ofColumn(rs.getString("role")),
                rs.getString("password_hash") != null, rs.getObject("blocked_at") != null,
                rs.getObject("deleted_at") != null, Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
