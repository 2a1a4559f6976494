package org.reelpress.editor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.reelpress.post.PostStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The admin lists of posts and pages, filtered and paged, and the choices their filters offer. */
@Repository
class PostListing {

    /** One WHERE for every filter: a filter at its default (0 or '') lets every row through. */
    private static final String MATCHING = """
            FROM posts p JOIN users u ON u.id = p.author_id LEFT JOIN works w ON w.id = p.work_id
            WHERE p.type = :type
              AND (:author = 0 OR p.author_id = :author)
              AND (:category = 0 OR p.id IN (SELECT post_id FROM post_terms WHERE term_id = :category))
              AND (:tag = 0 OR p.id IN (SELECT post_id FROM post_terms WHERE term_id = :tag))
              AND (:work = 0 OR p.work_id = :work)
              AND (:q = '' OR LOWER(p.title) LIKE :like OR LOWER(p.markdown) LIKE :like)
            """;

    private final JdbcClient db;

    PostListing(JdbcClient db) {
        this.db = db;
    }

    List<ListedPost> page(ListFilter filter, int offset, int limit) {
        return db.sql("""
                SELECT p.id, p.type, p.title, p.slug, p.status, p.author_id, u.display_name AS author_name,
                       w.title AS work_title, p.rating, p.published_at, p.updated_at,
                       (SELECT COUNT(*) FROM comments c WHERE c.post_id = p.id AND c.status = 'approved') AS comment_count
                """ + MATCHING + """
                  AND ((:status = '' AND p.status <> 'trash') OR p.status = :status)
                ORDER BY COALESCE(p.published_at, p.updated_at) DESC, p.id DESC LIMIT :limit OFFSET :offset""")
                .params(params(filter)).param("status", filter.status()).param("limit", limit).param("offset", offset)
                .query(PostListing::listed).list();
    }

    /** How many rows each status tab holds under the other filters; "" counts all but the trash. */
    Map<String, Integer> counts(ListFilter filter) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ListFilter.STATUSES.forEach(status -> counts.put(status, 0));
        db.sql("SELECT p.status, COUNT(*) AS n " + MATCHING + " GROUP BY p.status")
                .params(params(filter))
                .query((rs, row) -> counts.merge(rs.getString("status"), rs.getInt("n"), Integer::sum)).list();
        counts.put("", counts.entrySet().stream().filter(e -> !e.getKey().isEmpty() && !e.getKey().equals("trash"))
                .mapToInt(Map.Entry::getValue).sum());
        return counts;
    }

    List<Choice> authors() {
        return db.sql("SELECT id, display_name FROM users WHERE role <> 'commenter' AND deleted_at IS NULL ORDER BY display_name")
                .query((rs, row) -> new Choice(rs.getLong("id"), rs.getString("display_name"))).list();
    }

    List<Choice> terms(String taxonomy) {
        return db.sql("SELECT id, name FROM terms WHERE taxonomy = :taxonomy ORDER BY name").param("taxonomy", taxonomy)
                .query((rs, row) -> new Choice(rs.getLong("id"), rs.getString("name"))).list();
    }

    List<CategoryOption> categoryTree() {
        return CategoryOption.tree(db.sql("SELECT id, name, parent_id FROM terms WHERE taxonomy = 'category' ORDER BY name")
                .query((rs, row) -> {
                    long parent = rs.getLong("parent_id");
                    return new CategoryOption.Row(rs.getLong("id"), rs.getString("name"), rs.wasNull() ? null : parent);
                }).list());
    }

    /** Tag names starting with {@code prefix} (any case), for the tags field's suggestions. */
    List<String> tagsStartingWith(String prefix, int limit) {
        return db.sql("SELECT name FROM terms WHERE taxonomy = 'tag' AND LOWER(name) LIKE :like ORDER BY name LIMIT :limit")
                .param("like", prefix.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%")
                .param("limit", limit).query(String.class).list();
    }

    List<Choice> works() {
        return db.sql("SELECT id, title, year FROM works ORDER BY title, year")
                .query((rs, row) -> {
                    int year = rs.getInt("year");
                    String label = rs.getString("title") + (rs.wasNull() ? "" : " (" + year + ")");
                    return new Choice(rs.getLong("id"), label);
                }).list();
    }

    private static Map<String, Object> params(ListFilter filter) {
        return Map.of("type", filter.type().column(), "author", filter.author(), "category", filter.category(),
                "tag", filter.tag(), "work", filter.work(), "q", filter.search(),
                "like", "%" + filter.search().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
    }

    private static ListedPost listed(ResultSet rs, int row) throws SQLException {
        int rating = rs.getInt("rating");
        Integer halves = rs.wasNull() ? null : rating;
        long published = rs.getLong("published_at");
        Instant publishedAt = rs.wasNull() ? null : Instant.ofEpochMilli(published);
        return new ListedPost(rs.getLong("id"), PostType.ofColumn(rs.getString("type")), rs.getString("title"),
                rs.getString("slug"), PostStatus.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                rs.getLong("author_id"), rs.getString("author_name"), rs.getString("work_title"), halves,
                publishedAt, Instant.ofEpochMilli(rs.getLong("updated_at")), rs.getInt("comment_count"));
    }
}
