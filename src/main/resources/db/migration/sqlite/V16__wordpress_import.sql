-- A post WordPress marked "stick to the top of the blog"
ALTER TABLE posts ADD COLUMN sticky INTEGER NOT NULL DEFAULT 0;

-- What an import brought from a WordPress blog, keyed by that blog's address and its own ids,
-- so that importing the same export again adds nothing and its old addresses (/?p=ID) still lead here.
CREATE TABLE wordpress_posts (
    source  TEXT    NOT NULL,
    wp_id   INTEGER NOT NULL,
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    format  TEXT    NOT NULL DEFAULT '',   -- the post format (aside, gallery …), which Reelpress does not show
    PRIMARY KEY (source, wp_id)
);
CREATE INDEX wordpress_posts_by_wp_id ON wordpress_posts (wp_id);
CREATE INDEX wordpress_posts_by_post ON wordpress_posts (post_id);

CREATE TABLE wordpress_comments (
    source     TEXT    NOT NULL,
    wp_id      INTEGER NOT NULL,
    comment_id INTEGER NOT NULL REFERENCES comments (id) ON DELETE CASCADE,
    PRIMARY KEY (source, wp_id)
);

-- Images and files of the WordPress blog: copied into the data directory when the uploads folder
-- was given (local_path), else kept as links to where they were (url).
CREATE TABLE wordpress_attachments (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    source     TEXT    NOT NULL,
    wp_id      INTEGER NOT NULL,
    parent_wp_id INTEGER NOT NULL DEFAULT 0,
    post_id    INTEGER REFERENCES posts (id) ON DELETE SET NULL,
    title      TEXT    NOT NULL,
    url        TEXT    NOT NULL,
    local_path TEXT,
    created_at INTEGER NOT NULL,
    UNIQUE (source, wp_id)
);
