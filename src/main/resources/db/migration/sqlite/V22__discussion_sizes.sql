-- How many approved comments each post's discussion holds, and how many of them start a thread,
-- kept in step by triggers in the transaction that changes a comment, whichever code (or import)
-- changes it: a review page reads its discussion's size in one row however long the thread,
-- where counting read every comment of the post.
CREATE TABLE discussion_sizes (
    post_id  INTEGER PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
    comments INTEGER NOT NULL,
    threads  INTEGER NOT NULL
);
INSERT INTO discussion_sizes (post_id, comments, threads)
SELECT post_id, COUNT(*), SUM(CASE WHEN parent_id IS NULL THEN 1 ELSE 0 END)
FROM comments WHERE status = 'approved' GROUP BY post_id;

CREATE TRIGGER discussion_grows AFTER INSERT ON comments WHEN NEW.status = 'approved'
BEGIN
    INSERT INTO discussion_sizes (post_id, comments, threads)
    VALUES (NEW.post_id, 1, CASE WHEN NEW.parent_id IS NULL THEN 1 ELSE 0 END)
    ON CONFLICT (post_id) DO UPDATE SET comments = comments + 1, threads = threads + excluded.threads;
END;

CREATE TRIGGER discussion_shrinks AFTER DELETE ON comments WHEN OLD.status = 'approved'
BEGIN
    UPDATE discussion_sizes
    SET comments = comments - 1, threads = threads - CASE WHEN OLD.parent_id IS NULL THEN 1 ELSE 0 END
    WHERE post_id = OLD.post_id;
END;

-- approving, holding or binning a comment, or moving replies up when their parent is deleted
CREATE TRIGGER discussion_changes AFTER UPDATE OF status, parent_id, post_id ON comments
    WHEN OLD.status = 'approved' OR NEW.status = 'approved'
BEGIN
    UPDATE discussion_sizes
    SET comments = comments - 1, threads = threads - CASE WHEN OLD.parent_id IS NULL THEN 1 ELSE 0 END
    WHERE post_id = OLD.post_id AND OLD.status = 'approved';
    INSERT INTO discussion_sizes (post_id, comments, threads)
    SELECT NEW.post_id, 1, CASE WHEN NEW.parent_id IS NULL THEN 1 ELSE 0 END WHERE NEW.status = 'approved'
    ON CONFLICT (post_id) DO UPDATE SET comments = comments + 1, threads = threads + excluded.threads;
END;

-- The first thread of a page is found by stepping over the threads before it in this index; with
-- parent_id in it, SQLite steps over index entries alone instead of reading each comment's row.
DROP INDEX comments_top_level;
CREATE INDEX comments_top_level ON comments (post_id, status, path, parent_id) WHERE parent_id IS NULL;
