package org.reelpress.wordpress;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which comments a list request names, in order: the ids of one page, and how many there are in all. */
@Repository
class RestCommentQueries {

    /** {@code status} is a column value ("approved"); {@code parents} may hold 0 for top-level comments. */
    record Query(String status, List<Long> posts, List<Long> parents, String search, String orderBy,
                 boolean ascending, int offset, int limit) {
    }

    private static final Map<String, String> SORTS = Map.of("date", "c.created_at", "date_gmt", "c.created_at",
            "id", "c.id", "post", "c.post_id", "parent", "c.parent_id");

    private final JdbcClient db;

    RestCommentQueries(JdbcClient db) {
        this.db = db;
    }

    List<Long> ids(Query query) {
        Map<String, Object> params = new HashMap<>();
        String direction = query.ascending() ? " ASC" : " DESC";
        params.put("limit", query.limit());
        params.put("offset", query.offset());
        return db.sql("SELECT c.id FROM comments c JOIN posts p ON p.id = c.post_id WHERE " + where(query, params)
                        + " ORDER BY " + SORTS.getOrDefault(query.orderBy(), "c.created_at") + direction
                        + ", c.id" + direction + " LIMIT :limit OFFSET :offset")
                .params(params).query(Long.class).list();
    }

    long count(Query query) {
        Map<String, Object> params = new HashMap<>();
        return db.sql("SELECT COUNT(*) FROM comments c JOIN posts p ON p.id = c.post_id WHERE " + where(query, params))
                .params(params).query(Long.class).single();
    }

    private static String where(Query query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("c.status = :status AND p.status = 'published'");
        params.put("status", query.status());
        if (!query.posts().isEmpty()) {
            where.append(" AND c.post_id IN (:posts)");
            params.put("posts", query.posts());
        }
        if (!query.parents().isEmpty()) {
            List<Long> parents = query.parents().stream().filter(id -> id != 0).toList();
            boolean topLevel = query.parents().contains(0L);
            where.append(" AND (").append(topLevel ? "c.parent_id IS NULL" : "1 = 0");
            if (!parents.isEmpty()) {
                where.append(" OR c.parent_id IN (:parents)");
                params.put("parents", parents);
            }
            where.append(')');
        }
        if (query.search() != null) {
            where.append(" AND (LOWER(c.body) LIKE :search ESCAPE '\\' OR LOWER(c.author_name) LIKE :search ESCAPE '\\')");
            params.put("search", query.search());
        }
        return where.toString();
    }
}
