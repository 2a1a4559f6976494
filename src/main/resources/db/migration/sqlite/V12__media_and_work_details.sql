-- Uploaded images. Each is stored under the data directory's media folder as name.ext, with its
-- resized copies beside it as name-150w.ext and so on; variant_widths lists the widths made
-- (comma-separated, narrowest first), empty when the image was too narrow or could not be decoded.
CREATE TABLE media (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    name           TEXT    NOT NULL UNIQUE,
    type           TEXT    NOT NULL CHECK (type IN ('jpeg', 'png', 'gif', 'webp')),
    original_name  TEXT    NOT NULL,
    alt            TEXT    NOT NULL,
    width          INTEGER NOT NULL,
    height         INTEGER NOT NULL,
    bytes          INTEGER NOT NULL,
    variant_widths TEXT    NOT NULL DEFAULT '',
    uploaded_by    INTEGER REFERENCES users (id),
    created_at     INTEGER NOT NULL
);
CREATE INDEX media_by_time ON media (created_at);

-- A work's running time and the poster shown with it
ALTER TABLE works ADD COLUMN runtime_minutes INTEGER CHECK (runtime_minutes BETWEEN 1 AND 100000);
ALTER TABLE works ADD COLUMN poster_id INTEGER REFERENCES media (id);
