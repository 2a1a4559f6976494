package org.reelpress.identity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

    private final JdbcClient db;

    UserRepository(JdbcClient db) {
        this.db = db;
    }

    /** Creates an account that nobody can sign in to until it is given a password. */
    public long createUnclaimed(String login, String displayName, Role role, Instant now) {
        return db.sql("""
                INSERT INTO users (login, email, display_name, role, created_at)
                VALUES (:login, '', :name, :role, :now) RETURNING id""")
                .param("login", login).param("name", displayName)
                .param("role", role.column()).param("now", now.toEpochMilli())
                .query(Long.class).single();
    }

    /** The first administrator, who owns a fresh blog until someone claims it. */
    public Optional<User> firstAdministrator() {
        return db.sql("SELECT * FROM users WHERE role = 'administrator' ORDER BY id LIMIT 1")
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
                WHERE id = :id AND password_hash IS NULL""")
                .param("login", login).param("email", email).param("name", displayName)
                .param("hash", passwordHash).param("id", id)
                .update() == 1;
    }

    /** A writer who can sign in with a password: their login, role and hash. */
    record Writer(String login, Role role, String passwordHash) {
    }

    Optional<Writer> findWriter(String login) {
        return db.sql("SELECT login, role, password_hash FROM users WHERE login = :login AND password_hash IS NOT NULL")
                .param("login", login)
                .query((rs, n) -> new Writer(rs.getString("login"), Role.ofColumn(rs.getString("role")),
                        rs.getString("password_hash")))
                .optional();
    }

    public boolean loginTaken(String login, long exceptId) {
        return db.sql("SELECT COUNT(*) FROM users WHERE login = :login AND id <> :id")
                .param("login", login).param("id", exceptId).query(Long.class).single() > 0;
    }

    private static User user(ResultSet rs, int row) throws SQLException {
        return new User(rs.getLong("id"), rs.getString("login"), rs.getString("email"),
                rs.getString("display_name"), Role.ofColumn(rs.getString("role")),
                rs.getString("password_hash") != null, Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
