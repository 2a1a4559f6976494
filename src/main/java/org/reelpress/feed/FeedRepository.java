package org.reelpress.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.reelpress.post.Taxonomy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the feeds read: the newest published reviews of the blog, a category or tag, an author or a work. */
@Repository
class FeedRepository {

    /** A published review as a feed shows it. */
    record FeedPost(long id, String slug, String title, String html, String excerpt, String authorName,
                    String authorLogin, Instant publishedAt, Instant updatedAt) {
    }

    /** A category or tag of a listed review. */
    record FiledUnder(Taxonomy taxonomy, String slug, String name) {
    }

    /** A writer whose reviews have an archive, or a work under review: an id and a name to show. */
    record Named(long id, String name) {
    }

    /** Which reviews a feed lists: fixed SQL, the key bound as a parameter. */
    enum Filter {
        ALL(""),
        TERM("AND p.id IN (SELECT post_id FROM post_terms WHERE term_id = :key)"),
        AUTHOR("AND p.author_id = :key"),
        WORK("AND p.work_id = :key");

        private final String sql;

        Filter(String sql) {
            this.sql = sql;
        }
    }

    private final JdbcClient db;

    FeedRepository(JdbcClient db) {
        this.db = db;
    }

    List<FeedPost> newest(Filter filter, long key, int limit) {
        return db.sql("""
                SELECT p.id, p.slug, p.title, p.html, p.excerpt, p.published_at, p.updated_at,
                       u.display_name AS author_name, u.login AS author_login
                FROM posts p JOIN users u ON u.id = p.author_id
                WHERE p.type = 'post' AND p.status = 'published' %s
                ORDER BY p.published_at DESC, p.id DESC LIMIT :limit""".formatted(filter.sql))
                .param("key", key).param("limit", limit)
                .query((rs, n) -> new FeedPost(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                        rs.getString("html"), rs.getString("excerpt"), rs.getString("author_name"),
                        rs.getString("author_login"), Instant.ofEpochMilli(rs.getLong("published_at")),
                        Instant.ofEpochMilli(rs.getLong("updated_at"))))
                .list();
    }

    /** The categories and tags of these reviews, by review id, each list categories first then by name. */
    Map<Long, List<FiledUnder>> termsOf(List<FeedPost> posts) {
        if (posts.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<FiledUnder>> terms = new HashMap<>();
        db.sql("""
                SELECT pt.post_id, t.taxonomy, t.slug, t.name FROM post_terms pt JOIN terms t ON t.id = pt.term_id
                WHERE pt.post_id IN (:ids) ORDER BY t.taxonomy, t.name""")
                .param("ids", posts.stream().map(FeedPost::id).collect(Collectors.toList()))
                .query((rs, n) -> Map.entry(rs.getLong("post_id"), new FiledUnder(
                        Taxonomy.valueOf(rs.getString("taxonomy").toUpperCase(Locale.ROOT)),
                        rs.getString("slug"), rs.getString("name"))))
                .list()
                .forEach(e -> terms.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return terms;
    }

    /** A writer by login: anyone who may write, not a reader with a commenting account. */
    Optional<Named> writer(String login) {
        return db.sql("""
                SELECT id, display_name FROM users
                WHERE login = :login AND role <> 'commenter' AND deleted_at IS NULL""")
                .param("login", login).query((rs, n) -> new Named(rs.getLong("id"), rs.getString("display_name"))).optional();
    }

    Optional<Named> work(String slug) {
        return db.sql("SELECT id, title FROM works WHERE slug = :slug").param("slug", slug)
                .query((rs, n) -> new Named(rs.getLong("id"), rs.getString("title"))).optional();
    }

    /** When the blog's published reviews last changed, for an empty feed's date; the epoch on an empty blog. */
    Instant lastChange() {
        return db.sql("""
                SELECT MAX(CASE WHEN updated_at > published_at THEN updated_at ELSE published_at END)
                FROM posts WHERE type = 'post' AND status = 'published'""")
                .query((rs, n) -> rs.getObject(1) == null ? Instant.EPOCH : Instant.ofEpochMilli(rs.getLong(1)))
                .single();
    }
}
