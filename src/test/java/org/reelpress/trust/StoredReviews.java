package org.reelpress.trust;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The reviews as the database holds them after the crashes, read straight from the tables. */
final class StoredReviews {

    private final JdbcClient db;

    StoredReviews(JdbcClient db) {
        this.db = db;
    }

    /** The review {@code id} as stored, only if it is a published post with its work. */
    Optional<PublishedReview> find(long id) {
        List<String> tags = db.sql("""
                SELECT t.name FROM post_terms pt JOIN terms t ON t.id = pt.term_id
                WHERE pt.post_id = :id AND t.taxonomy = 'tag' ORDER BY t.name""").param("id", id).query(String.class).list();
        return db.sql("""
                SELECT p.id, p.title, p.markdown, p.rating, w.title AS work_title FROM posts p JOIN works w ON w.id = p.work_id
                WHERE p.id = :id AND p.type = 'post' AND p.status = 'published' AND p.published_at IS NOT NULL""")
                .param("id", id)
                .query((rs, row) -> new PublishedReview(rs.getLong("id"), rs.getString("title"), rs.getString("markdown"),
                        tags, rs.getString("work_title"), stars(rs.getInt("rating"))))
                .optional();
    }

    /**
     * Crash reviews missing a part a whole save writes (rendered text, excerpt, work, tags or a
     * revision), each described by what it holds, so that a failure says what was lost.
     */
    List<String> halfWritten() {
        return db.sql("""
                SELECT p.id, p.status, LENGTH(p.html) AS html, LENGTH(p.excerpt) AS excerpt, p.work_id,
                       (SELECT COUNT(*) FROM post_terms pt WHERE pt.post_id = p.id) AS terms,
                       (SELECT COUNT(*) FROM post_revisions r WHERE r.post_id = p.id) AS revisions
                FROM posts p
                WHERE p.title LIKE 'Crash review %' AND (p.html = '' OR p.excerpt = '' OR p.work_id IS NULL
                   OR NOT EXISTS (SELECT 1 FROM works w WHERE w.id = p.work_id)
                   OR NOT EXISTS (SELECT 1 FROM post_terms pt WHERE pt.post_id = p.id)
                   OR NOT EXISTS (SELECT 1 FROM post_revisions r WHERE r.post_id = p.id))""")
                .query((rs, row) -> "post " + rs.getLong("id") + " (" + rs.getString("status") + "): html "
                        + rs.getInt("html") + " chars, excerpt " + rs.getInt("excerpt") + " chars, work "
                        + rs.getString("work_id") + ", " + rs.getInt("terms") + " terms, " + rs.getInt("revisions")
                        + " revisions")
                .list();
    }

    /** Half stars as the editor shows them: 7 → "3.5". */
    private static String stars(int halves) {
        return halves % 2 == 0 ? String.valueOf(halves / 2) : halves / 2 + ".5";
    }
}
