-- Mail waits here until the background sender has handed it to the SMTP server, so a request
-- never waits on mail and a mail server that is down loses nothing.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient       TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    unsubscribe_url TEXT,            -- one-click unsubscribe (RFC 8058), when the mail is a subscription
    created_at      INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_until   INTEGER,         -- a sender is working on it until then
    claimed_by      TEXT,
    sent_at         INTEGER,
    failed_at       INTEGER,         -- given up after too many attempts
    last_error      TEXT
);
CREATE INDEX outbox_due ON outbox (sent_at, failed_at, next_attempt_at);
