package org.reelpress.wordpress;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Published posts and pages for the API. The WHERE clause is put together from fixed pieces, one
 * per filter given; every value goes in as a parameter, and the sort column comes from a fixed list.
 */
@Repository
class RestPostQueries {

    /** A list request: filters that are empty or null are not applied. */
    record Query(String type, String search, List<Long> authors, List<String> slugs, List<Long> categories,
                 List<Long> tags, String orderBy, boolean ascending, int offset, int limit) {
    }

    private static final Map<String, String> SORTS = Map.of(
            "date", "p.published_at", "id", "p.id", "modified", "p.updated_at", "slug", "p.slug",
            "title", "p.title", "author", "p.author_id");

    private final JdbcClient db;

    RestPostQueries(JdbcClient db) {
        this.db = db;
    }

    Optional<RestPost> find(String type, long id) {
        return db.sql("SELECT * FROM posts p WHERE p.type = :type AND p.status = 'published' AND p.id = :id")
                .param("type", type).param("id", id).query(RestPostQueries::post).optional();
    }

    List<RestPost> list(Query query) {
        Map<String, Object> params = new HashMap<>();
        String sort = SORTS.getOrDefault(query.orderBy(), "p.published_at") + (query.ascending() ? " ASC" : " DESC");
        params.put("limit", query.limit());
        params.put("offset", query.offset());
        return db.sql("SELECT * FROM posts p WHERE " + where(query, params) + " ORDER BY " + sort
                        + ", p.id" + (query.ascending() ? " ASC" : " DESC") + " LIMIT :limit OFFSET :offset")
                .params(params).query(RestPostQueries::post).list();
    }

    long count(Query query) {
        Map<String, Object> params = new HashMap<>();
        return db.sql("SELECT COUNT(*) FROM posts p WHERE " + where(query, params)).params(params)
                .query(Long.class).single();
    }

    /** The category and tag ids of each of these posts. */
    Map<Long, Map<String, List<Long>>> termsOf(Collection<Long> postIds) {
        Map<Long, Map<String, List<Long>>> terms = new HashMap<>();
        if (postIds.isEmpty()) {
            return terms;
        }
        db.sql("""
                SELECT pt.post_id, t.id, t.taxonomy FROM post_terms pt JOIN terms t ON t.id = pt.term_id
                WHERE pt.post_id IN (:ids) ORDER BY t.id""")
                .param("ids", postIds)
                .query((rs, n) -> terms.computeIfAbsent(rs.getLong("post_id"), id -> new HashMap<>())
                        .computeIfAbsent(rs.getString("taxonomy"), taxonomy -> new ArrayList<>()).add(rs.getLong("id")))
                .list();
        return terms;
    }

    private static String where(Query query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("p.type = :type AND p.status = 'published'");
        params.put("type", query.type());
        if (query.search() != null) {
            where.append(" AND (LOWER(p.title) LIKE :search ESCAPE '\\' OR LOWER(p.markdown) LIKE :search ESCAPE '\\')");
            params.put("search", query.search());
        }
        if (!query.authors().isEmpty()) {
            where.append(" AND p.author_id IN (:authors)");
            params.put("authors", query.authors());
        }
        if (!query.slugs().isEmpty()) {
            where.append(" AND p.slug IN (:slugs)");
            params.put("slugs", query.slugs());
        }
        if (!query.categories().isEmpty()) {
            where.append(" AND p.id IN (SELECT post_id FROM post_terms WHERE term_id IN (:categories))");
            params.put("categories", query.categories());
        }
        if (!query.tags().isEmpty()) {
            where.append(" AND p.id IN (SELECT post_id FROM post_terms WHERE term_id IN (:tags))");
            params.put("tags", query.tags());
        }
        return where.toString();
    }

    private static RestPost post(ResultSet rs, int row) throws SQLException {
        long published = rs.getLong("published_at");
        Instant publishedAt = rs.wasNull() ? Instant.ofEpochMilli(rs.getLong("created_at")) : Instant.ofEpochMilli(published);
        return new RestPost(rs.getLong("id"), rs.getString("type"), rs.getString("slug"), rs.getString("title"),
                rs.getString("html"), rs.getString("excerpt"), rs.getLong("author_id"),
                "open".equals(rs.getString("comment_status")), publishedAt, Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
