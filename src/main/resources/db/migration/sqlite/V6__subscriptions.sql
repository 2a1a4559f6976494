-- Readers who asked to hear of new comments on a post. Nothing is mailed to an address before
-- its owner followed the link in the confirmation mail (confirmed_at); unsubscribed_at ends it.
-- The post's author has a row too, confirmed from the start: their mails carry the same
-- one-click unsubscribe.
CREATE TABLE subscriptions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id         INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    email           TEXT    NOT NULL,   -- lower-cased
    token           TEXT    NOT NULL UNIQUE,
    confirmed_at    INTEGER,
    created_at      INTEGER NOT NULL,
    unsubscribed_at INTEGER,
    UNIQUE (post_id, email)
);
