package org.reelpress.wordpress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import org.reelpress.post.Slugs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Finds the published post or page an old WordPress address stood for. */
@Repository
class OldAddressRepository {

    record Found(long id, String type, String slug, Instant publishedAt) {
    }

    private final JdbcClient db;

    OldAddressRepository(JdbcClient db) {
        this.db = db;
    }

    /**
     * The published post WordPress numbered {@code id} in an import; when no import had such an id,
     * the published post numbered {@code id} here (the address an export gives it).
     */
    Optional<Found> byId(long id) {
        boolean imported = db.sql("SELECT COUNT(*) FROM wordpress_posts WHERE wp_id = :id")
                .param("id", id).query(Long.class).single() > 0;
        if (imported) {
            return db.sql("""
                    SELECT p.id, p.type, p.slug, p.published_at FROM wordpress_posts w JOIN posts p ON p.id = w.post_id
                    WHERE w.wp_id = :id AND p.status = 'published' ORDER BY w.source LIMIT 1""")
                    .param("id", id).query(OldAddressRepository::found).optional();
        }
        return db.sql("SELECT id, type, slug, published_at FROM posts WHERE id = :id AND status = 'published'")
                .param("id", id).query(OldAddressRepository::found).optional();
    }

    Optional<Found> postBySlug(String slug) {
        return db.sql("SELECT id, type, slug, published_at FROM posts WHERE type = 'post' AND status = 'published' AND slug = :slug")
                .param("slug", Slugs.normalize(slug)).query(OldAddressRepository::found).optional();
    }

    private static Found found(ResultSet rs, int row) throws SQLException {
        return new Found(rs.getLong("id"), rs.getString("type"), rs.getString("slug"), Instant.ofEpochMilli(rs.getLong("published_at")));
    }
}
