package org.reelpress.feed;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.reelpress.feed.Sitemaps.Kind;
import org.reelpress.feed.Sitemaps.Part;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The public addresses a sitemap lists, kind by kind, in id order so that each numbered file keeps
 * its addresses: published reviews and pages, and the categories, tags and works that have at
 * least one published review. {@code lastmod} is when what the address shows last changed.
 */
@Repository
class SitemapRepository {

    /** One address: a post's id, slug and publication (for its permalink), or a term's or work's slug. */
    record Row(long id, String slug, Instant publishedAt, Instant lastmod) {
    }

    private static final String CHANGED = "CASE WHEN p.updated_at > p.published_at THEN p.updated_at ELSE p.published_at END";

    private static final String POSTS = """
            SELECT p.id AS row_id, p.slug, p.published_at, %s AS lastmod FROM posts p
            WHERE p.type = :type AND p.status = 'published'""".formatted(CHANGED);

    private static final String TERMS = """
            SELECT t.id AS row_id, t.slug, NULL AS published_at, MAX(%s) AS lastmod
            FROM terms t JOIN post_terms pt ON pt.term_id = t.id
            JOIN posts p ON p.id = pt.post_id AND p.type = 'post' AND p.status = 'published'
            WHERE t.taxonomy = :type GROUP BY t.id, t.slug""".formatted(CHANGED);

    private static final String WORKS = """
            SELECT w.id AS row_id, w.slug, NULL AS published_at, MAX(%s) AS lastmod
            FROM works w JOIN posts p ON p.work_id = w.id AND p.type = 'post' AND p.status = 'published'
            GROUP BY w.id, w.slug""".formatted(CHANGED);

    private final JdbcClient db;

    SitemapRepository(JdbcClient db) {
        this.db = db;
    }

    Map<Kind, Integer> counts() {
        Map<Kind, Integer> counts = new EnumMap<>(Kind.class);
        counts.put(Kind.HOME, 1);
        for (Kind kind : List.of(Kind.POSTS, Kind.PAGES, Kind.CATEGORIES, Kind.TAGS, Kind.WORKS)) {
            counts.put(kind, db.sql("SELECT COUNT(*) FROM (" + rows(kind) + ") x").param("type", type(kind))
                    .query(Integer.class).single());
        }
        return counts;
    }

    List<Row> rows(Part part) {
        return db.sql(rows(part.kind()) + " ORDER BY row_id LIMIT :limit OFFSET :offset")
                .param("type", type(part.kind())).param("limit", part.limit()).param("offset", part.offset())
                .query((rs, n) -> new Row(rs.getLong("row_id"), rs.getString("slug"),
                        rs.getObject("published_at") == null ? null : Instant.ofEpochMilli(rs.getLong("published_at")),
                        Instant.ofEpochMilli(rs.getLong("lastmod"))))
                .list();
    }

    /** When anything in this file last changed; the newest review's time for the front page. */
    Instant lastmod(Part part) {
        String sql = part.kind() == Kind.HOME
                ? "SELECT MAX(lastmod) FROM (" + rows(Kind.POSTS) + ") x"
                : "SELECT MAX(lastmod) FROM (" + rows(part.kind()) + " ORDER BY row_id LIMIT :limit OFFSET :offset) x";
        return db.sql(sql).param("type", type(part.kind() == Kind.HOME ? Kind.POSTS : part.kind()))
                .param("limit", part.limit()).param("offset", part.offset())
                .query((rs, n) -> rs.getObject(1) == null ? Instant.EPOCH : Instant.ofEpochMilli(rs.getLong(1)))
                .single();
    }

    private static String rows(Kind kind) {
        return switch (kind) {
            case POSTS, PAGES -> POSTS;
            case CATEGORIES, TAGS -> TERMS;
            case WORKS -> WORKS;
            case HOME -> throw new IllegalArgumentException("The front page is no table's row");
        };
    }

    private static String type(Kind kind) {
        return switch (kind) {
            case POSTS, HOME -> "post";
            case PAGES -> "page";
            case CATEGORIES -> "category";
            case TAGS -> "tag";
            case WORKS -> "work";
        };
    }
}
