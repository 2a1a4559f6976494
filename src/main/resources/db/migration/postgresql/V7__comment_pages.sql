-- A page of comments starts at the Nth approved top-level comment of its post; feeds list the
-- newest approved comments first.
CREATE INDEX comments_top_level ON comments (post_id, status, path) WHERE parent_id IS NULL;
CREATE INDEX comments_by_status_and_time ON comments (status, created_at);
