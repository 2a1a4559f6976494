package org.reelpress.editor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.reelpress.post.PostStatus;
import org.reelpress.post.RenderedPost;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The editor's reads and writes of posts: loading one to edit, saving it only over the copy it was loaded from. */
@Repository
class EditorRepository {

    /** What the editor writes, already checked. {@code publishedAt} may be null (a draft never published). */
    record Saving(PostType type, String slug, String title, String markdown, String manualExcerpt,
                  RenderedPost rendered, PostStatus status, Long workId, Integer rating, boolean commentsOpen,
                  Instant publishedAt) {
    }

    private final JdbcClient db;

    EditorRepository(JdbcClient db) {
        this.db = db;
    }

    Optional<EditedPost> find(long id) {
        return db.sql("""
                SELECT p.*, u.display_name AS author_name FROM posts p JOIN users u ON u.id = p.author_id
                WHERE p.id = :id""").param("id", id).query(EditorRepository::edited).optional();
    }

    boolean slugTaken(PostType type, String slug, long exceptId) {
        return db.sql("SELECT COUNT(*) FROM posts WHERE type = :type AND slug = :slug AND id <> :id")
                .param("type", type.column()).param("slug", slug).param("id", exceptId)
                .query(Integer.class).single() > 0;
    }

    /** Works are the works feature's; the editor only needs to know a new one's slug is free. */
    boolean workSlugTaken(String slug) {
        return db.sql("SELECT COUNT(*) FROM works WHERE slug = :slug").param("slug", slug).query(Integer.class).single() > 0;
    }

    long insert(Saving post, long authorId, Instant now) {
        return db.sql("""
                INSERT INTO posts (type, slug, title, markdown, html, excerpt, manual_excerpt, status, author_id,
                                   work_id, rating, comment_status, published_at, created_at, updated_at, version)
                VALUES (:type, :slug, :title, :markdown, :html, :excerpt, :manual, :status, :author, :work, :rating,
                        :comments, :published, :now, :now, 1)
                RETURNING id""")
                .param("type", post.type().column()).params(params(post)).param("author", authorId)
                .param("now", now.toEpochMilli())
                .query(Long.class).single();
    }

    /** Writes over the post only if nobody saved it since {@code version}; false when someone did. */
    boolean update(long id, int version, Saving post, Instant now) {
        return db.sql("""
                UPDATE posts SET slug = :slug, title = :title, markdown = :markdown, html = :html, excerpt = :excerpt,
                       manual_excerpt = :manual, status = :status, work_id = :work, rating = :rating,
                       comment_status = :comments, published_at = :published, updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version""")
                .params(params(post)).param("id", id).param("version", version).param("now", now.toEpochMilli())
                .update() == 1;
    }

    /** Saves a draft's text as it is being written (autosave), over the same version only. */
    boolean autosave(long id, int version, String title, String markdown, RenderedPost rendered, Instant now) {
        return db.sql("""
                UPDATE posts SET title = :title, markdown = :markdown, html = :html, excerpt = CASE WHEN manual_excerpt = ''
                       THEN :excerpt ELSE manual_excerpt END, updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version AND status = 'draft'""")
                .param("title", title).param("markdown", markdown).param("html", rendered.html())
                .param("excerpt", rendered.excerpt()).param("now", now.toEpochMilli())
                .param("id", id).param("version", version).update() == 1;
    }

    void replaceTerms(long postId, Collection<Long> termIds) {
        db.sql("DELETE FROM post_terms WHERE post_id = :post").param("post", postId).update();
        for (long term : termIds) {
            db.sql("INSERT INTO post_terms (post_id, term_id) VALUES (:post, :term) ON CONFLICT DO NOTHING")
                    .param("post", postId).param("term", term).update();
        }
    }

    /** The old address keeps answering (301) for the post; a slug in use again by a post is no longer an old one. */
    void rememberOldSlug(PostType type, String slug, long postId) {
        db.sql("""
                INSERT INTO post_old_slugs (type, slug, post_id) VALUES (:type, :slug, :post)
                ON CONFLICT (type, slug) DO UPDATE SET post_id = :post""")
                .param("type", type.column()).param("slug", slug).param("post", postId).update();
    }

    void forgetOldSlug(PostType type, String slug) {
        db.sql("DELETE FROM post_old_slugs WHERE type = :type AND slug = :slug")
                .param("type", type.column()).param("slug", slug).update();
    }

    List<Long> existingTermIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql("SELECT id FROM terms WHERE taxonomy = 'category' AND id IN (:ids)").param("ids", ids)
                .query(Long.class).list();
    }

    long createCategory(String slug, String name, Long parentId) {
        db.sql("""
                INSERT INTO terms (taxonomy, slug, name, parent_id) VALUES ('category', :slug, :name, :parent)
                ON CONFLICT (taxonomy, slug) DO NOTHING""")
                .param("slug", slug).param("name", name).param("parent", parentId).update();
        return db.sql("SELECT id FROM terms WHERE taxonomy = 'category' AND slug = :slug").param("slug", slug)
                .query(Long.class).single();
    }

    /**
     * Makes a post live now, keeping the date it first went live (a scheduled post's future date
     * becomes now); false when it was live already.
     */
    boolean publish(long id, Instant now) {
        return db.sql("""
                UPDATE posts SET status = 'published', updated_at = :now,
                       published_at = CASE WHEN published_at IS NULL OR published_at > :now THEN :now ELSE published_at END,
                       version = version + 1
                WHERE id = :id AND status <> 'published'""")
                .param("id", id).param("now", now.toEpochMilli()).update() == 1;
    }

    boolean setStatus(long id, PostStatus from, PostStatus to, Instant now) {
        return db.sql("""
                UPDATE posts SET status = :to, updated_at = :now, version = version + 1
                WHERE id = :id AND status = :from""")
                .param("id", id).param("from", from.column()).param("to", to.column()).param("now", now.toEpochMilli())
                .update() == 1;
    }

    /** Deletes a post for good, with its comments, revisions and old addresses; only from the trash. */
    boolean deleteFromTrash(long id) {
        return db.sql("DELETE FROM posts WHERE id = :id AND status = 'trash'").param("id", id).update() == 1;
    }

    private static Map<String, Object> params(Saving post) {
        Map<String, Object> params = new HashMap<>();
        params.put("slug", post.slug());
        params.put("title", post.title());
        params.put("markdown", post.markdown());
        params.put("html", post.rendered().html());
        params.put("excerpt", post.manualExcerpt().isBlank() ? post.rendered().excerpt() : post.manualExcerpt());
        params.put("manual", post.manualExcerpt());
        params.put("status", post.status().column());
        params.put("work", post.workId());
        params.put("rating", post.rating());
        params.put("comments", post.commentsOpen() ? "open" : "closed");
        params.put("published", post.publishedAt() == null ? null : post.publishedAt().toEpochMilli());
        return params;
    }

    private static EditedPost edited(ResultSet rs, int row) throws SQLException {
        long work = rs.getLong("work_id");
        Long workId = rs.wasNull() ? null : work;
        int rating = rs.getInt("rating");
        Integer halves = rs.wasNull() ? null : rating;
        long published = rs.getLong("published_at");
        Instant publishedAt = rs.wasNull() ? null : Instant.ofEpochMilli(published);
        return new EditedPost(rs.getLong("id"), PostType.ofColumn(rs.getString("type")), rs.getString("slug"),
                rs.getString("title"), rs.getString("markdown"), rs.getString("manual_excerpt"),
                PostStatus.valueOf(rs.getString("status").toUpperCase(java.util.Locale.ROOT)), rs.getLong("author_id"),
                rs.getString("author_name"), workId, halves, "open".equals(rs.getString("comment_status")),
                publishedAt, Instant.ofEpochMilli(rs.getLong("updated_at")), rs.getInt("version"));
    }
}
