package org.reelpress.editor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.reelpress.post.PostStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the dashboard reads: the writer's drafts, what is scheduled, and the latest comments. */
@Repository
class Dashboard {

    private final JdbcClient db;

    Dashboard(JdbcClient db) {
        this.db = db;
    }

    /** Posts and pages in {@code status}, ordered by {@code published_at} when scheduled, else the latest saved first. */
    List<ListedPost> inStatus(PostStatus status, long onlyAuthor, int limit) {
        return db.sql("""
                SELECT p.id, p.type, p.title, p.slug, p.status, p.author_id, u.display_name AS author_name,
                       p.published_at, p.updated_at
                FROM posts p JOIN users u ON u.id = p.author_id
                WHERE p.status = :status AND (:author = 0 OR p.author_id = :author)
                ORDER BY CASE WHEN p.status = 'scheduled' THEN p.published_at ELSE -p.updated_at END, p.id DESC
                LIMIT :limit""")
                .param("status", status.column()).param("author", onlyAuthor).param("limit", limit)
                .query(Dashboard::listed).list();
    }

    int pendingComments() {
        return db.sql("SELECT COUNT(*) FROM comments WHERE status = 'pending'").query(Integer.class).single();
    }

    /** The newest comments: approved ones for everyone, held ones too for moderators. */
    List<RecentComment> recentComments(boolean withHeld, int limit) {
        return db.sql("""
                SELECT c.id, c.author_name, c.body, c.status, c.created_at, p.title
                FROM comments c JOIN posts p ON p.id = c.post_id
                WHERE c.status = 'approved' OR (:held = 1 AND c.status = 'pending')
                ORDER BY c.created_at DESC, c.id DESC LIMIT :limit""")
                .param("held", withHeld ? 1 : 0).param("limit", limit)
                .query((rs, row) -> new RecentComment(rs.getLong("id"), rs.getString("author_name"), rs.getString("title"),
                        rs.getString("body"), rs.getString("status"), Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list();
    }

    private static ListedPost listed(ResultSet rs, int row) throws SQLException {
        long published = rs.getLong("published_at");
        Instant publishedAt = rs.wasNull() ? null : Instant.ofEpochMilli(published);
        return new ListedPost(rs.getLong("id"), PostType.ofColumn(rs.getString("type")), rs.getString("title"),
                rs.getString("slug"), PostStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                rs.getLong("author_id"), rs.getString("author_name"), null, null, publishedAt,
                Instant.ofEpochMilli(rs.getLong("updated_at")), 0);
    }
}
