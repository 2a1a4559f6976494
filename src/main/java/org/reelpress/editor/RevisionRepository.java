package org.reelpress.editor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every save of a post, newest first: the history behind its revisions list, diffs and restores. */
@Repository
class RevisionRepository {

    private static final String SELECT = """
            SELECT r.*, u.display_name AS author_name FROM post_revisions r LEFT JOIN users u ON u.id = r.author_id
            """;

    private final JdbcClient db;

    RevisionRepository(JdbcClient db) {
        this.db = db;
    }

    void add(long postId, String title, String slug, String markdown, String manualExcerpt, long authorId, Instant now) {
        db.sql("""
                INSERT INTO post_revisions (post_id, title, slug, markdown, manual_excerpt, author_id, created_at)
                VALUES (:post, :title, :slug, :markdown, :excerpt, :author, :now)""")
                .param("post", postId).param("title", title).param("slug", slug).param("markdown", markdown)
                .param("excerpt", manualExcerpt).param("author", authorId).param("now", now.toEpochMilli())
                .update();
    }

    List<Revision> of(long postId) {
        return db.sql(SELECT + "WHERE r.post_id = :post ORDER BY r.id DESC").param("post", postId)
                .query(RevisionRepository::revision).list();
    }

    Optional<Revision> find(long postId, long id) {
        return db.sql(SELECT + "WHERE r.post_id = :post AND r.id = :id").param("post", postId).param("id", id)
                .query(RevisionRepository::revision).optional();
    }

    private static Revision revision(ResultSet rs, int row) throws SQLException {
        return new Revision(rs.getLong("id"), rs.getLong("post_id"), rs.getString("title"), rs.getString("slug"),
                rs.getString("markdown"), rs.getString("manual_excerpt"), rs.getString("author_name"),
                Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
