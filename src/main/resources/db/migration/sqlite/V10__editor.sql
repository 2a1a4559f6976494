-- The writer's editor. version counts the saves of a post, so a save made on an older copy is
-- noticed instead of overwriting someone else's; manual_excerpt is the excerpt the writer typed
-- (empty: the excerpt is taken from the opening paragraphs).
ALTER TABLE posts ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE posts ADD COLUMN manual_excerpt TEXT NOT NULL DEFAULT '';

-- Every save keeps the title, slug, text and excerpt it wrote, to compare and restore.
CREATE TABLE post_revisions (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id        INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    title          TEXT    NOT NULL,
    slug           TEXT    NOT NULL,
    markdown       TEXT    NOT NULL,
    manual_excerpt TEXT    NOT NULL,
    author_id      INTEGER REFERENCES users (id),
    created_at     INTEGER NOT NULL
);
CREATE INDEX post_revisions_by_post ON post_revisions (post_id, id);

-- Slugs a post or page had before: their old addresses answer with a 301 to the new one.
CREATE TABLE post_old_slugs (
    type    TEXT    NOT NULL,
    slug    TEXT    NOT NULL,
    post_id INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    PRIMARY KEY (type, slug)
);

-- The scheduler's question: which scheduled posts are due.
CREATE INDEX posts_due ON posts (status, published_at);
