-- Accounts elsewhere that a user signs in with: the provider's id for them never changes,
-- their e-mail may, so an identity is found by (provider, subject) and never merged by e-mail.
CREATE TABLE identities (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    provider   TEXT    NOT NULL,
    subject    TEXT    NOT NULL,
    email      TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    UNIQUE (provider, subject)
);
CREATE INDEX identities_by_user ON identities (user_id);

ALTER TABLE users ADD COLUMN blocked_at INTEGER;
ALTER TABLE users ADD COLUMN deleted_at INTEGER;
ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until INTEGER;

-- How a signed-in commenter had signed in: a provider id such as 'google', or 'password'
ALTER TABLE comments ADD COLUMN provider TEXT;
CREATE INDEX comments_by_user ON comments (user_id);

-- A signed-in user's picture, copied from their provider so readers' browsers never call it
CREATE TABLE user_avatars (
    user_id      INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    content_type TEXT    NOT NULL,
    image        BLOB    NOT NULL
);
