-- Finds a guest's earlier comments by address (the hold-first policy, duplicate detection)
-- without reading every comment.
CREATE INDEX comments_by_author_email ON comments (LOWER(author_email));
