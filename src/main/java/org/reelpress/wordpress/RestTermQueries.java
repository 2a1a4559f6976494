package org.reelpress.wordpress;

import static org.reelpress.wordpress.RestSite.link;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/**
 * Categories and tags for the API, each with its count of published posts, in the fields of
 * WordPress's category and tag schemas (a tag has no parent).
 */
@Repository
class RestTermQueries {

    /** A list request; {@code taxonomy} is "category" or "tag"; empty filters are not applied. */
    record Query(String taxonomy, String search, List<String> slugs, Long post, boolean hideEmpty,
                 String orderBy, boolean ascending, int offset, int limit) {
    }

    private static final Map<String, String> SORTS = Map.of("id", "t.id", "name", "t.name", "slug", "t.slug",
            "description", "t.description", "count", "count");
    private static final String SELECT = """
            SELECT t.*, (SELECT COUNT(*) FROM post_terms pt JOIN posts p ON p.id = pt.post_id
                         WHERE pt.term_id = t.id AND p.status = 'published') AS count
            FROM terms t WHERE""";

    private final JdbcClient db;
    private final RestSite site;

    RestTermQueries(JdbcClient db, RestSite site) {
        this.db = db;
        this.site = site;
    }

    Optional<Map<String, Object>> find(String taxonomy, long id) {
        return db.sql(SELECT + " t.taxonomy = :taxonomy AND t.id = :id")
                .param("taxonomy", taxonomy).param("id", id).query(this::term).optional();
    }

    List<Map<String, Object>> list(Query query) {
        Map<String, Object> params = new HashMap<>();
        String direction = query.ascending() ? " ASC" : " DESC";
        params.put("limit", query.limit());
        params.put("offset", query.offset());
        return db.sql(SELECT + where(query, params) + " ORDER BY " + SORTS.getOrDefault(query.orderBy(), "t.name")
                        + direction + ", t.id" + direction + " LIMIT :limit OFFSET :offset")
                .params(params).query(this::term).list();
    }

    long count(Query query) {
        Map<String, Object> params = new HashMap<>();
        return db.sql("SELECT COUNT(*) FROM (" + SELECT + where(query, params) + ") counted")
                .params(params).query(Long.class).single();
    }

    private static String where(Query query, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" t.taxonomy = :taxonomy");
        params.put("taxonomy", query.taxonomy());
        if (query.search() != null) {
            where.append(" AND LOWER(t.name) LIKE :search ESCAPE '\\'");
            params.put("search", query.search());
        }
        if (!query.slugs().isEmpty()) {
            where.append(" AND t.slug IN (:slugs)");
            params.put("slugs", query.slugs());
        }
        if (query.post() != null) {
            where.append(" AND t.id IN (SELECT term_id FROM post_terms WHERE post_id = :post)");
            params.put("post", query.post());
        }
        if (query.hideEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM post_terms pt JOIN posts p ON p.id = pt.post_id"
                    + " WHERE pt.term_id = t.id AND p.status = 'published')");
        }
        return where.toString();
    }

    private Map<String, Object> term(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        boolean category = "category".equals(rs.getString("taxonomy"));
        String route = category ? "categories" : "tags";
        long id = rs.getLong("id");
        Map<String, Object> term = new LinkedHashMap<>();
        term.put("id", id);
        term.put("count", rs.getLong("count"));
        term.put("description", rs.getString("description"));
        term.put("link", site.url("/" + rs.getString("taxonomy") + "/"
                + UriUtils.encodePathSegment(rs.getString("slug"), StandardCharsets.UTF_8) + "/"));
        term.put("name", HtmlUtils.htmlEscape(rs.getString("name")));
        term.put("slug", rs.getString("slug"));
        term.put("taxonomy", category ? "category" : "post_tag");
        if (category) {
            long parent = rs.getLong("parent_id");
            term.put("parent", rs.wasNull() ? 0 : parent);
        }
        term.put("meta", List.of());
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", link(site.api("/" + route + "/" + id)));
        links.put("collection", link(site.api("/" + route)));
        links.put("about", link(site.api("/taxonomies/" + (category ? "category" : "post_tag"))));
        links.put("wp:post_type", link(site.api("/posts?" + route + "=" + id)));
        term.put("_links", links);
        return term;
    }
}
