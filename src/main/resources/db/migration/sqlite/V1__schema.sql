-- Reelpress schema, SQLite flavour. The PostgreSQL folder has the same tables and columns.
-- Times are UTC instants kept as milliseconds since the epoch, the same on both engines.

CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    login         TEXT    NOT NULL UNIQUE,
    email         TEXT    NOT NULL,
    display_name  TEXT    NOT NULL,
    password_hash TEXT,
    role          TEXT    NOT NULL CHECK (role IN ('administrator', 'editor', 'author', 'contributor', 'commenter')),
    created_at    INTEGER NOT NULL
);

-- The film, series or book a review is about
CREATE TABLE works (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    kind           TEXT    NOT NULL CHECK (kind IN ('film', 'series', 'book')),
    slug           TEXT    NOT NULL UNIQUE,
    title          TEXT    NOT NULL,
    original_title TEXT,
    year           INTEGER,
    creator        TEXT,   -- director of a film, creator of a series, author of a book
    country        TEXT,
    created_at     INTEGER NOT NULL
);

CREATE TABLE posts (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    type           TEXT    NOT NULL DEFAULT 'post' CHECK (type IN ('post', 'page')),
    slug           TEXT    NOT NULL,
    title          TEXT    NOT NULL,
    markdown       TEXT    NOT NULL,
    html           TEXT    NOT NULL,
    excerpt        TEXT    NOT NULL,
    status         TEXT    NOT NULL CHECK (status IN ('draft', 'scheduled', 'published', 'private', 'trash')),
    author_id      INTEGER NOT NULL REFERENCES users (id),
    work_id        INTEGER REFERENCES works (id),
    rating         INTEGER CHECK (rating BETWEEN 1 AND 10),   -- in half stars: 7 is three and a half stars
    comment_status TEXT    NOT NULL DEFAULT 'open' CHECK (comment_status IN ('open', 'closed')),
    published_at   INTEGER,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    UNIQUE (type, slug)
);
CREATE INDEX posts_by_status_and_date ON posts (type, status, published_at);

CREATE TABLE terms (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    taxonomy    TEXT    NOT NULL CHECK (taxonomy IN ('category', 'tag')),
    slug        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    parent_id   INTEGER REFERENCES terms (id),
    description TEXT    NOT NULL DEFAULT '',
    UNIQUE (taxonomy, slug)
);

CREATE TABLE post_terms (
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    term_id INTEGER NOT NULL REFERENCES terms (id) ON DELETE CASCADE,
    PRIMARY KEY (post_id, term_id)
);
CREATE INDEX post_terms_by_term ON post_terms (term_id);

-- Threads are flat rows: path holds the ids from the top-level comment down to this one,
-- each zero-padded to ten digits and joined by '.', so ORDER BY path is the display order.
CREATE TABLE comments (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id      INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    parent_id    INTEGER REFERENCES comments (id),
    depth        INTEGER NOT NULL CHECK (depth >= 1),
    path         TEXT    NOT NULL,
    user_id      INTEGER REFERENCES users (id),
    author_name  TEXT    NOT NULL,
    author_email TEXT    NOT NULL,
    author_url   TEXT    NOT NULL DEFAULT '',
    body         TEXT    NOT NULL,
    body_html    TEXT    NOT NULL,
    status       TEXT    NOT NULL CHECK (status IN ('pending', 'approved', 'spam', 'trash')),
    created_at   INTEGER NOT NULL,
    edited_at    INTEGER,
    ip           TEXT,
    user_agent   TEXT
);
CREATE INDEX comments_by_thread ON comments (post_id, status, path);

CREATE TABLE settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
