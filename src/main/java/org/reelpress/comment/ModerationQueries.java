package org.reelpress.comment;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The moderation view's reads: comments of every status, filtered by post and words, with what only moderators see. */
@Repository
class ModerationQueries {

    private final JdbcClient db;

    ModerationQueries(JdbcClient db) {
        this.db = db;
    }

    /** What moderators filter by; {@code status} "all" and {@code post} 0 mean any, {@code search} "" means none. */
    private static final String MODERATED = """
            FROM comments c JOIN posts p ON p.id = c.post_id
            WHERE (:post = 0 OR c.post_id = :post)
              AND (:search = '' OR LOWER(c.body) LIKE LOWER(:pattern) ESCAPE '\\'
                   OR LOWER(c.author_name) LIKE LOWER(:pattern) ESCAPE '\\'
                   OR LOWER(c.author_email) LIKE LOWER(:pattern) ESCAPE '\\')
            """;

    /** A page of the comments moderators asked for, newest first, with what only they may see. */
    List<ModeratedComment> moderated(ModerationFilter filter, int offset, int limit) {
        return withFilter(db.sql("SELECT c.*, p.title AS post_title " + MODERATED + """
                  AND (:status = 'all' OR c.status = :status)
                ORDER BY c.created_at DESC, c.id DESC
                LIMIT :limit OFFSET :offset"""), filter)
                .param("status", filter.statusColumn()).param("limit", limit).param("offset", offset)
                .query((rs, row) -> new ModeratedComment(rs.getLong("id"), rs.getLong("post_id"),
                        rs.getString("post_title"), rs.getString("author_name"), rs.getString("author_email"),
                        Websites.followable(rs.getString("author_url")), rs.getString("ip"), rs.getString("body_html"),
                        CommentStatus.ofColumn(rs.getString("status")), Instant.ofEpochMilli(rs.getLong("created_at"))))
                .list();
    }

    /** How many comments match the post and search of {@code filter}, in each status. */
    Map<CommentStatus, Integer> countsByStatus(ModerationFilter filter) {
        Map<CommentStatus, Integer> counts = new EnumMap<>(CommentStatus.class);
        for (CommentStatus status : CommentStatus.values()) {
            counts.put(status, 0);
        }
        withFilter(db.sql("SELECT c.status, COUNT(*) AS n " + MODERATED + "GROUP BY c.status"), filter)
                .query((rs, row) -> counts.put(CommentStatus.ofColumn(rs.getString("status")), rs.getInt("n")))
                .list();
        return counts;
    }

    private static JdbcClient.StatementSpec withFilter(JdbcClient.StatementSpec statement, ModerationFilter filter) {
        String escaped = filter.search().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return statement.param("post", filter.postId()).param("search", filter.search())
                .param("pattern", "%" + escaped + "%");
    }
}
