package org.reelpress.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads published posts and pages, with their work, terms and comments, the way the index wants them. */
@Repository
class SearchablePosts {

    private static final String PUBLISHED = """
            SELECT p.id, p.type, p.title, p.html, p.published_at,
                   w.slug AS w_slug, w.title AS w_title, w.original_title AS w_original_title, w.creator AS w_creator
            FROM posts p LEFT JOIN works w ON w.id = p.work_id
            WHERE p.status = 'published'
            """;

    private static final String TERMS = """
            SELECT pt.post_id, t.taxonomy, t.slug, t.name FROM post_terms pt JOIN terms t ON t.id = pt.term_id
            """;

    private static final String COMMENTS = "SELECT post_id, body FROM comments WHERE status = 'approved'";

    /** Where a published post is, for the results page. */
    record Listed(long id, String type, String slug, String title, Instant publishedAt) {
    }

    private final JdbcClient db;

    SearchablePosts(JdbcClient db) {
        this.db = db;
    }

    /** The post as the index should hold it, or empty when readers may not see it (a draft, trashed, gone...). */
    Optional<IndexedPost> published(long id, boolean withComments) {
        Map<Long, List<Filed>> terms = new HashMap<>();
        db.sql(TERMS + "WHERE pt.post_id = :id").param("id", id).query(rs -> {
            addTerm(terms, rs);
        });
        Map<Long, StringBuilder> comments = new HashMap<>();
        if (withComments) {
            db.sql(COMMENTS + " AND post_id = :id ORDER BY id").param("id", id).query(rs -> {
                addComment(comments, rs);
            });
        }
        return db.sql(PUBLISHED + "AND p.id = :id").param("id", id)
                .query((rs, row) -> post(rs, terms, comments)).optional();
    }

    /** Hands every published post and page to {@code each}, reading the database once per table. */
    int eachPublished(boolean withComments, Consumer<IndexedPost> each) {
        Map<Long, List<Filed>> terms = new HashMap<>();
        db.sql(TERMS).query(rs -> {
            addTerm(terms, rs);
        });
        Map<Long, StringBuilder> comments = new HashMap<>();
        if (withComments) {
            db.sql(COMMENTS + " ORDER BY post_id, id").query(rs -> {
                addComment(comments, rs);
            });
        }
        int[] count = {0};
        db.sql(PUBLISHED + "ORDER BY p.id").query(rs -> {
            each.accept(post(rs, terms, comments));
            count[0]++;
        });
        return count[0];
    }

    /** The published ones among {@code ids}: a result is shown only if it is still published now. */
    Map<Long, Listed> listed(Collection<Long> ids) {
        Map<Long, Listed> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        db.sql("SELECT id, type, slug, title, published_at FROM posts WHERE status = 'published' AND id IN (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    found.put(rs.getLong("id"), new Listed(rs.getLong("id"), rs.getString("type"), rs.getString("slug"),
                            rs.getString("title"), Instant.ofEpochMilli(rs.getLong("published_at"))));
                });
        return found;
    }

    /** The categories, tags and works of these posts, each once: what the results can be narrowed to. */
    List<Filed> filedUnder(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Filed> filed = new ArrayList<>(db.sql("""
                SELECT DISTINCT t.taxonomy, t.slug, t.name FROM post_terms pt JOIN terms t ON t.id = pt.term_id
                WHERE pt.post_id IN (:ids) ORDER BY t.taxonomy, t.name""")
                .param("ids", ids)
                .query((rs, row) -> new Filed(rs.getString("taxonomy"), rs.getString("slug"), rs.getString("name"))).list());
        filed.addAll(db.sql("""
                SELECT DISTINCT w.slug, w.title FROM posts p JOIN works w ON w.id = p.work_id
                WHERE p.id IN (:ids) ORDER BY w.title""")
                .param("ids", ids)
                .query((rs, row) -> new Filed("work", rs.getString("slug"), rs.getString("title"))).list());
        return filed;
    }

    int countPublished() {
        return db.sql("SELECT COUNT(*) FROM posts WHERE status = 'published'").query(Integer.class).single();
    }

    /** The name of a category, tag (by taxonomy) or work with this slug. */
    Optional<String> nameOf(String kind, String slug) {
        if (kind.equals("work")) {
            return db.sql("SELECT title FROM works WHERE slug = :slug").param("slug", slug).query(String.class).optional();
        }
        return db.sql("SELECT name FROM terms WHERE taxonomy = :taxonomy AND slug = :slug")
                .param("taxonomy", kind).param("slug", slug).query(String.class).optional();
    }

    private static void addTerm(Map<Long, List<Filed>> terms, ResultSet rs) throws SQLException {
        terms.computeIfAbsent(rs.getLong("post_id"), id -> new ArrayList<>())
                .add(new Filed(rs.getString("taxonomy"), rs.getString("slug"), rs.getString("name")));
    }

    private static void addComment(Map<Long, StringBuilder> comments, ResultSet rs) throws SQLException {
        comments.computeIfAbsent(rs.getLong("post_id"), id -> new StringBuilder()).append(rs.getString("body")).append('\n');
    }

    private static IndexedPost post(ResultSet rs, Map<Long, List<Filed>> terms, Map<Long, StringBuilder> comments)
            throws SQLException {
        long id = rs.getLong("id");
        List<Filed> filed = terms.getOrDefault(id, List.of());
        String workSlug = rs.getString("w_slug");
        Filed work = workSlug == null ? null : new Filed("work", workSlug, rs.getString("w_title"));
        StringBuilder about = new StringBuilder();
        for (String part : new String[] {rs.getString("w_title"), rs.getString("w_original_title"), rs.getString("w_creator")}) {
            if (part != null) {
                about.append(part).append('\n');
            }
        }
        filed.forEach(term -> about.append(term.name()).append('\n'));
        StringBuilder said = comments.get(id);
        return new IndexedPost(id, rs.getString("type"), rs.getString("title"), HtmlText.of(rs.getString("html")),
                about.toString(), said == null ? "" : said.toString(), filed, work,
                Instant.ofEpochMilli(rs.getLong("published_at")));
    }
}
