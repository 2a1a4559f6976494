package org.reelpress.wordpress;

import java.sql.Types;
import java.time.Instant;
import java.util.Optional;

import org.reelpress.post.RenderedPost;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes what an import brings into the blog's own tables, and remembers which WordPress id
 * became which row, so a second import of the same export finds everything already there.
 */
@Repository
class ImportRepository {

    /** A post as the import writes it. */
    record ImportedPost(String type, String slug, String title, RenderedPost rendered, String excerpt, String status,
                        long authorId, boolean commentsOpen, Instant publishedAt, Instant createdAt, Instant updatedAt,
                        boolean sticky) {
    }

    /** A comment as the import writes it, under {@code parent} (null at the top). */
    record ImportedComment(long postId, Stored parent, Long userId, String authorName, String authorEmail,
                           String authorUrl, String body, String bodyHtml, String status, Instant createdAt, String ip) {
    }

    /** Where a stored comment sits in its thread. */
    record Stored(long id, int depth, String path) {
    }

    private final JdbcClient db;

    ImportRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<Long> userByLogin(String login) {
        return db.sql("SELECT id FROM users WHERE LOWER(login) = LOWER(:login)").param("login", login)
                .query(Long.class).optional();
    }

    /** Adds the term unless the blog has one with this slug; true when it was added. */
    boolean addTerm(String taxonomy, String slug, String name, String description) {
        return db.sql("""
                INSERT INTO terms (taxonomy, slug, name, description) VALUES (:taxonomy, :slug, :name, :description)
                ON CONFLICT (taxonomy, slug) DO NOTHING""")
                .param("taxonomy", taxonomy).param("slug", slug).param("name", name).param("description", description)
                .update() == 1;
    }

    Optional<Long> term(String taxonomy, String slug) {
        return db.sql("SELECT id FROM terms WHERE taxonomy = :taxonomy AND slug = :slug")
                .param("taxonomy", taxonomy).param("slug", slug).query(Long.class).optional();
    }

    /** Files a category under its parent, unless it already has one. */
    void setParent(String slug, String parentSlug) {
        db.sql("""
                UPDATE terms SET parent_id = (SELECT p.id FROM terms p WHERE p.taxonomy = 'category' AND p.slug = :parent)
                WHERE taxonomy = 'category' AND slug = :slug AND parent_id IS NULL""")
                .param("parent", parentSlug).param("slug", slug).update();
    }

    void attach(long postId, long termId) {
        db.sql("INSERT INTO post_terms (post_id, term_id) VALUES (:post, :term) ON CONFLICT DO NOTHING")
                .param("post", postId).param("term", termId).update();
    }

    Optional<Long> importedPost(String source, long wpId) {
        return db.sql("SELECT post_id FROM wordpress_posts WHERE source = :source AND wp_id = :id")
                .param("source", source).param("id", wpId).query(Long.class).optional();
    }

    /** A post already on the blog that is this one: same kind, slug and publication time. */
    Optional<Long> samePost(String type, String slug, Instant publishedAt) {
        if (publishedAt == null) {
            return Optional.empty();
        }
        return db.sql("SELECT id FROM posts WHERE type = :type AND slug = :slug AND published_at = :published")
                .param("type", type).param("slug", slug).param("published", publishedAt.toEpochMilli())
                .query(Long.class).optional();
    }

    boolean slugTaken(String type, String slug) {
        return db.sql("SELECT COUNT(*) FROM posts WHERE type = :type AND slug = :slug")
                .param("type", type).param("slug", slug).query(Long.class).single() > 0;
    }

    long addPost(ImportedPost post) {
        return db.sql("""
                INSERT INTO posts (type, slug, title, markdown, html, excerpt, status, author_id, comment_status,
                                   published_at, created_at, updated_at, sticky)
                VALUES (:type, :slug, :title, :source, :html, :excerpt, :status, :author, :comments,
                        :published, :created, :updated, :sticky)
                RETURNING id""")
                .param("type", post.type()).param("slug", post.slug()).param("title", post.title())
                .param("source", post.rendered().html()).param("html", post.rendered().html())
                .param("excerpt", post.excerpt()).param("status", post.status()).param("author", post.authorId())
                .param("comments", post.commentsOpen() ? "open" : "closed")
                .param("published", post.publishedAt() == null ? null : post.publishedAt().toEpochMilli(), Types.BIGINT)
                .param("created", post.createdAt().toEpochMilli()).param("updated", post.updatedAt().toEpochMilli())
                .param("sticky", post.sticky() ? 1 : 0)
                .query(Long.class).single();
    }

    void rememberPost(String source, long wpId, long postId, String format) {
        db.sql("""
                INSERT INTO wordpress_posts (source, wp_id, post_id, format) VALUES (:source, :wp, :post, :format)
                ON CONFLICT (source, wp_id) DO NOTHING""")
                .param("source", source).param("wp", wpId).param("post", postId).param("format", format).update();
    }

    Optional<Stored> importedComment(String source, long wpId) {
        return db.sql("""
                SELECT c.id, c.depth, c.path FROM wordpress_comments w JOIN comments c ON c.id = w.comment_id
                WHERE w.source = :source AND w.wp_id = :id""")
                .param("source", source).param("id", wpId)
                .query((rs, row) -> new Stored(rs.getLong("id"), rs.getInt("depth"), rs.getString("path"))).optional();
    }

    Stored addComment(ImportedComment c, String source, long wpId) {
        int depth = c.parent() == null ? 1 : c.parent().depth() + 1;
        long id = db.sql("""
                INSERT INTO comments (post_id, parent_id, depth, path, user_id, author_name, author_email, author_url,
                                      body, body_html, status, created_at, ip)
                VALUES (:post, :parent, :depth, '', :user, :name, :email, :url, :body, :html, :status, :created, :ip)
                RETURNING id""")
                .param("post", c.postId()).param("parent", c.parent() == null ? null : c.parent().id(), Types.BIGINT)
                .param("depth", depth).param("user", c.userId(), Types.BIGINT)
                .param("name", c.authorName()).param("email", c.authorEmail()).param("url", c.authorUrl())
                .param("body", c.body()).param("html", c.bodyHtml()).param("status", c.status())
                .param("created", c.createdAt().toEpochMilli()).param("ip", c.ip().isBlank() ? null : c.ip())
                .query(Long.class).single();
        String path = (c.parent() == null ? "" : c.parent().path() + ".") + "%010d".formatted(id);
        db.sql("UPDATE comments SET path = :path WHERE id = :id").param("path", path).param("id", id).update();
        db.sql("INSERT INTO wordpress_comments (source, wp_id, comment_id) VALUES (:source, :wp, :id)")
                .param("source", source).param("wp", wpId).param("id", id).update();
        return new Stored(id, depth, path);
    }

    /** Records an attachment once; false when this export's attachment was imported before. */
    boolean addAttachment(String source, long wpId, long parentWpId, String title, String url, String localPath, Instant createdAt) {
        return db.sql("""
                INSERT INTO wordpress_attachments (source, wp_id, parent_wp_id, title, url, local_path, created_at)
                VALUES (:source, :wp, :parent, :title, :url, :local, :created)
                ON CONFLICT (source, wp_id) DO NOTHING""")
                .param("source", source).param("wp", wpId).param("parent", parentWpId).param("title", title).param("url", url)
                .param("local", localPath).param("created", createdAt.toEpochMilli()).update() == 1;
    }

    /** Ties the attachments of {@code source} to the posts they were attached to, once both are in. */
    void linkAttachments(String source) {
        db.sql("""
                UPDATE wordpress_attachments SET post_id = (SELECT w.post_id FROM wordpress_posts w
                    WHERE w.source = wordpress_attachments.source AND w.wp_id = wordpress_attachments.parent_wp_id)
                WHERE source = :source AND post_id IS NULL""")
                .param("source", source).update();
    }
}
