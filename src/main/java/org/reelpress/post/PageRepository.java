package org.reelpress.post;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Published pages (About, Contact …), which live at /{slug}/, and the old slugs of posts and pages. */
@Repository
class PageRepository {

    private static final String PAGE = """
            SELECT p.*, u.display_name AS author_name FROM posts p JOIN users u ON u.id = p.author_id
            WHERE p.type = 'page' AND p.status = 'published'
            """;

    private final JdbcClient db;

    PageRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<Post> findPublished(String slug) {
        return db.sql(PAGE + "AND p.slug = :slug").param("slug", Slugs.normalize(slug))
                .query(PageRepository::page).optional();
    }

    List<Post> findPublished(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql(PAGE + "AND p.id IN (:ids)").param("ids", ids).query(PageRepository::page).list();
    }

    /** The post or page that once had this slug, by its id: its old address sends readers to the new one. */
    Optional<Long> renamedFrom(String type, String slug) {
        return db.sql("SELECT post_id FROM post_old_slugs WHERE type = :type AND slug = :slug")
                .param("type", type).param("slug", Slugs.normalize(slug)).query(Long.class).optional();
    }

    /** A published page's current slug, or a published post's slug and date, by id. */
    Optional<Post> findPublished(long id) {
        return db.sql("""
                SELECT p.*, u.display_name AS author_name FROM posts p JOIN users u ON u.id = p.author_id
                WHERE p.id = :id AND p.status = 'published'""").param("id", id).query(PageRepository::page).optional();
    }

    /** Pages have no work and no rating: they are not reviews. */
    private static Post page(ResultSet rs, int row) throws SQLException {
        return new Post(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("html"),
                rs.getString("excerpt"), rs.getString("author_name"), null, null,
                "open".equals(rs.getString("comment_status")), Instant.ofEpochMilli(rs.getLong("published_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
