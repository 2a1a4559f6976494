-- How many approved comments each post's discussion holds, and how many of them start a thread,
-- kept in step by a trigger in the transaction that changes a comment, whichever code (or import)
-- changes it: a review page reads its discussion's size in one row however long the thread,
-- where counting read every comment of the post.
CREATE TABLE discussion_sizes (
    post_id  BIGINT PRIMARY KEY REFERENCES posts (id) ON DELETE CASCADE,
    comments INTEGER NOT NULL,
    threads  INTEGER NOT NULL
);
INSERT INTO discussion_sizes (post_id, comments, threads)
SELECT post_id, COUNT(*), SUM(CASE WHEN parent_id IS NULL THEN 1 ELSE 0 END)
FROM comments WHERE status = 'approved' GROUP BY post_id;

CREATE FUNCTION discussion_size_follows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.status = 'approved' THEN
            UPDATE discussion_sizes
            SET comments = comments - 1, threads = threads - CASE WHEN OLD.parent_id IS NULL THEN 1 ELSE 0 END
            WHERE post_id = OLD.post_id;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF NEW.status = 'approved' THEN
            INSERT INTO discussion_sizes (post_id, comments, threads)
            VALUES (NEW.post_id, 1, CASE WHEN NEW.parent_id IS NULL THEN 1 ELSE 0 END)
            ON CONFLICT (post_id) DO UPDATE
            SET comments = discussion_sizes.comments + 1, threads = discussion_sizes.threads + EXCLUDED.threads;
        END IF;
    END IF;
    RETURN NULL;
END
$$;

-- adding or deleting a comment; approving, holding or binning one; moving replies up when their parent is deleted
CREATE TRIGGER discussion_size_follows AFTER INSERT OR DELETE OR UPDATE OF status, parent_id, post_id ON comments
    FOR EACH ROW EXECUTE FUNCTION discussion_size_follows();
