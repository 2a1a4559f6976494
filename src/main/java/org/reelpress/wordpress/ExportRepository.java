package org.reelpress.wordpress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the whole blog for an export, posts a page at a time so that memory stays small. */
@Repository
class ExportRepository {

    record Author(long id, String login, String email, String displayName) {
    }

    record ExportedTerm(long id, String taxonomy, String slug, String name, String parentSlug, String description) {
    }

    record ExportedPost(long id, String type, String slug, String title, String html, String excerpt, String status,
                        String authorLogin, boolean commentsOpen, Instant publishedAt, Instant createdAt,
                        Instant updatedAt, boolean sticky, String format) {
    }

    record ExportedComment(long id, Long parentId, Long userId, String authorName, String authorEmail,
                           String authorUrl, String ip, String bodyHtml, String status, Instant createdAt) {
    }

    record ExportedAttachment(long id, Long postId, String title, String url, String localPath, Instant createdAt) {
    }

    private final JdbcClient db;

    ExportRepository(JdbcClient db) {
        this.db = db;
    }

    List<Author> authors() {
        return db.sql("""
                SELECT u.id, u.login, u.email, u.display_name FROM users u
                WHERE u.id IN (SELECT author_id FROM posts) ORDER BY u.id""")
                .query((rs, row) -> new Author(rs.getLong("id"), rs.getString("login"), rs.getString("email"),
                        rs.getString("display_name"))).list();
    }

    List<ExportedTerm> terms() {
        return db.sql("""
                SELECT t.*, p.slug AS parent_slug FROM terms t LEFT JOIN terms p ON p.id = t.parent_id
                ORDER BY t.taxonomy, t.id""")
                .query((rs, row) -> new ExportedTerm(rs.getLong("id"), rs.getString("taxonomy"), rs.getString("slug"),
                        rs.getString("name"), rs.getString("parent_slug") == null ? "" : rs.getString("parent_slug"),
                        rs.getString("description"))).list();
    }

    /** Up to {@code limit} posts and pages with ids above {@code after}, by id. */
    List<ExportedPost> postsAfter(long after, int limit) {
        return db.sql("""
                SELECT p.*, u.login AS author_login,
                       (SELECT MAX(w.format) FROM wordpress_posts w WHERE w.post_id = p.id) AS format
                FROM posts p JOIN users u ON u.id = p.author_id
                WHERE p.id > :after ORDER BY p.id LIMIT :limit""")
                .param("after", after).param("limit", limit)
                .query(ExportRepository::post).list();
    }

    /** A post's categories and tags as (taxonomy, slug, name). */
    List<ExportedTerm> termsOf(long postId) {
        return db.sql("""
                SELECT t.* FROM terms t JOIN post_terms pt ON pt.term_id = t.id WHERE pt.post_id = :post
                ORDER BY t.taxonomy, t.slug""")
                .param("post", postId)
                .query((rs, row) -> new ExportedTerm(rs.getLong("id"), rs.getString("taxonomy"), rs.getString("slug"),
                        rs.getString("name"), "", "")).list();
    }

    /** A post's comments in every status, each after its parent. */
    List<ExportedComment> commentsOf(long postId) {
        return db.sql("SELECT * FROM comments WHERE post_id = :post ORDER BY path")
                .param("post", postId)
                .query((rs, row) -> new ExportedComment(rs.getLong("id"), nullable(rs, "parent_id"),
                        nullable(rs, "user_id"), rs.getString("author_name"), rs.getString("author_email"),
                        rs.getString("author_url"), rs.getString("ip"), rs.getString("body_html"),
                        rs.getString("status"), Instant.ofEpochMilli(rs.getLong("created_at")))).list();
    }

    List<ExportedAttachment> attachments() {
        return db.sql("SELECT * FROM wordpress_attachments ORDER BY id")
                .query((rs, row) -> new ExportedAttachment(rs.getLong("id"), nullable(rs, "post_id"),
                        rs.getString("title"), rs.getString("url"), rs.getString("local_path"),
                        Instant.ofEpochMilli(rs.getLong("created_at")))).list();
    }

    private static ExportedPost post(ResultSet rs, int row) throws SQLException {
        Long published = nullable(rs, "published_at");
        return new ExportedPost(rs.getLong("id"), rs.getString("type"), rs.getString("slug"), rs.getString("title"),
                rs.getString("html"), rs.getString("excerpt"), rs.getString("status"), rs.getString("author_login"),
                "open".equals(rs.getString("comment_status")),
                published == null ? null : Instant.ofEpochMilli(published),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")),
                rs.getInt("sticky") == 1, rs.getString("format") == null ? "" : rs.getString("format"));
    }

    private static Long nullable(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
