-- Posts whose search document must be made again, appended in the transaction that changed them.
-- Each instance's search index follows this log (search/ChangeLog) and remembers the last id it
-- applied, so every instance catches up on changes made through the others, and an index that
-- missed a change (the process was killed right after a commit) catches up when it starts.
-- Rows older than a day are deleted.
CREATE TABLE search_changes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    post_id    INTEGER NOT NULL,
    changed_at INTEGER NOT NULL
);
CREATE INDEX search_changes_by_time ON search_changes (changed_at);
