-- Passwords a writer makes for programs that use the WordPress REST API (HTTP Basic: login and one
-- of these). Each is a long random secret shown once; only its SHA-256 is kept, so it is found by hash.
CREATE TABLE application_passwords (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name         TEXT    NOT NULL,
    secret_hash  TEXT    NOT NULL UNIQUE,
    created_at   INTEGER NOT NULL,
    last_used_at INTEGER
);
CREATE INDEX application_passwords_by_user ON application_passwords (user_id);
