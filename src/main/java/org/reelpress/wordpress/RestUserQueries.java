package org.reelpress.wordpress;

import static org.reelpress.wordpress.RestSite.avatars;
import static org.reelpress.wordpress.RestSite.link;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reelpress.post.Slugs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The people the public API shows, as WordPress does for readers who are not signed in: only
 * those who wrote something published, and only their public fields (never an e-mail address
 * or a login). The slug is made from the name shown, so a login is never given away.
 */
@Repository
class RestUserQueries {

    record Query(String search, String orderBy, boolean ascending, int offset, int limit) {
    }

    private static final Map<String, String> SORTS = Map.of("id", "u.id", "name", "u.display_name",
            "registered_date", "u.created_at");
    private static final String AUTHORS = """
            u.deleted_at IS NULL
            AND EXISTS (SELECT 1 FROM posts p WHERE p.author_id = u.id AND p.status = 'published')""";

    private final JdbcClient db;
    private final RestSite site;

    RestUserQueries(JdbcClient db, RestSite site) {
        this.db = db;
        this.site = site;
    }

    Optional<Map<String, Object>> find(long id) {
        return db.sql("SELECT u.id, u.display_name FROM users u WHERE u.id = :id AND " + AUTHORS)
                .param("id", id).query(this::user).optional();
    }

    boolean exists(long id) {
        return db.sql("SELECT COUNT(*) FROM users WHERE id = :id AND deleted_at IS NULL").param("id", id)
                .query(Long.class).single() > 0;
    }

    List<Map<String, Object>> list(Query query) {
        Map<String, Object> params = new HashMap<>();
        String direction = query.ascending() ? " ASC" : " DESC";
        params.put("limit", query.limit());
        params.put("offset", query.offset());
        return db.sql("SELECT u.id, u.display_name FROM users u WHERE " + where(query, params) + " ORDER BY "
                        + SORTS.getOrDefault(query.orderBy(), "u.display_name") + direction + ", u.id" + direction
                        + " LIMIT :limit OFFSET :offset")
                .params(params).query(this::user).list();
    }

    long count(Query query) {
        Map<String, Object> params = new HashMap<>();
        return db.sql("SELECT COUNT(*) FROM users u WHERE " + where(query, params)).params(params)
                .query(Long.class).single();
    }

    private static String where(Query query, Map<String, Object> params) {
        if (query.search() == null) {
            return AUTHORS;
        }
        params.put("search", query.search());
        return AUTHORS + " AND LOWER(u.display_name) LIKE :search ESCAPE '\\'";
    }

    private Map<String, Object> user(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        long id = rs.getLong("id");
        String name = rs.getString("display_name");
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("id", id);
        user.put("name", name);
        user.put("url", "");
        user.put("description", "");
        user.put("link", site.url("/"));
        user.put("slug", Slugs.from(name));
        user.put("avatar_urls", avatars(site.url("/avatars/users/" + id)));
        user.put("meta", List.of());
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", link(site.api("/users/" + id)));
        links.put("collection", link(site.api("/users")));
        user.put("_links", links);
        return user;
    }
}
