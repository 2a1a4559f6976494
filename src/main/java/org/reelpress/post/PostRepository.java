package org.reelpress.post;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.reelpress.work.Rating;
import org.reelpress.work.WorkRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PostRepository {

    /** A post with its author's name and its work's columns prefixed {@code w_}. */
    private static final String POST_WITH_WORK = """
            SELECT p.*, u.display_name AS author_name,
                   w.id AS w_id, w.kind AS w_kind, w.slug AS w_slug, w.title AS w_title,
                   w.original_title AS w_original_title, w.year AS w_year,
                   w.creator AS w_creator, w.country AS w_country,
                   w.runtime_minutes AS w_runtime_minutes, w.poster_id AS w_poster_id
            FROM posts p
            JOIN users u ON u.id = p.author_id
            LEFT JOIN works w ON w.id = p.work_id
            """;

    private static final String SUMMARY = """
            SELECT p.*, u.display_name AS author_name,
                   w.id AS w_id, w.kind AS w_kind, w.slug AS w_slug, w.title AS w_title,
                   w.original_title AS w_original_title, w.year AS w_year,
                   w.creator AS w_creator, w.country AS w_country,
                   w.runtime_minutes AS w_runtime_minutes, w.poster_id AS w_poster_id,
                   (SELECT COUNT(*) FROM comments c WHERE c.post_id = p.id AND c.status = 'approved') AS comment_count
            FROM posts p
            JOIN users u ON u.id = p.author_id
            LEFT JOIN works w ON w.id = p.work_id
            """;

    private final JdbcClient db;

    PostRepository(JdbcClient db) {
        this.db = db;
    }

    public long create(NewPost post, RenderedPost rendered, Instant now) {
        return db.sql("""
                INSERT INTO posts (type, slug, title, markdown, html, excerpt, status, author_id, work_id, rating,
                                   comment_status, published_at, created_at, updated_at)
                VALUES ('post', :slug, :title, :markdown, :html, :excerpt, :status, :author, :work, :rating,
                        :comments, :published, :now, :now)
                RETURNING id""")
                .param("slug", Slugs.normalize(post.slug())).param("title", post.title())
                .param("markdown", post.markdown()).param("html", rendered.html())
                .param("excerpt", rendered.excerpt()).param("status", post.status().column())
                .param("author", post.authorId()).param("work", post.workId()).param("rating", post.rating())
                .param("comments", post.commentsOpen() ? "open" : "closed")
                .param("published", post.publishedAt() == null ? null : post.publishedAt().toEpochMilli())
                .param("now", now.toEpochMilli())
                .query(Long.class).single();
    }

    public boolean isEmpty() {
        return db.sql("SELECT COUNT(*) FROM posts").query(Long.class).single() == 0;
    }

    public Optional<Post> findPublished(String slug) {
        return db.sql(POST_WITH_WORK + "WHERE p.type = 'post' AND p.status = 'published' AND p.slug = :slug")
                .param("slug", Slugs.normalize(slug)).query(PostRepository::post).optional();
    }

    public Optional<Post> findPublished(long id) {
        return db.sql(POST_WITH_WORK + "WHERE p.type = 'post' AND p.status = 'published' AND p.id = :id")
                .param("id", id).query(PostRepository::post).optional();
    }

    /** The published ones among these posts, in no particular order. */
    public List<Post> findPublished(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql(POST_WITH_WORK + "WHERE p.type = 'post' AND p.status = 'published' AND p.id IN (:ids)")
                .param("ids", ids).query(PostRepository::post).list();
    }

    /** The account that wrote a post, published or not. */
    public Optional<Long> authorOf(long postId) {
        return db.sql("SELECT author_id FROM posts WHERE id = :id").param("id", postId).query(Long.class).optional();
    }

    /** The newest published reviews, newest first. */
    public List<PostSummary> newest(int offset, int limit) {
        return db.sql(SUMMARY + """
                WHERE p.type = 'post' AND p.status = 'published'
                ORDER BY p.published_at DESC, p.id DESC LIMIT :limit OFFSET :offset""")
                .param("limit", limit).param("offset", offset)
                .query(PostRepository::summary).list();
    }

    public int countPublished() {
        return db.sql("SELECT COUNT(*) FROM posts WHERE type = 'post' AND status = 'published'")
                .query(Integer.class).single();
    }

    /** The newest published reviews filed under a category or tag. */
    public List<PostSummary> newestIn(Term term, int offset, int limit) {
        return db.sql(SUMMARY + """
                WHERE p.type = 'post' AND p.status = 'published'
                  AND p.id IN (SELECT post_id FROM post_terms WHERE term_id = :term)
                ORDER BY p.published_at DESC, p.id DESC LIMIT :limit OFFSET :offset""")
                .param("term", term.id()).param("limit", limit).param("offset", offset)
                .query(PostRepository::summary).list();
    }

    public int countPublishedIn(Term term) {
        return db.sql("""
                SELECT COUNT(*) FROM posts p JOIN post_terms pt ON pt.post_id = p.id
                WHERE pt.term_id = :term AND p.type = 'post' AND p.status = 'published'""")
                .param("term", term.id()).query(Integer.class).single();
    }

    /** A writer by login, with the name their reviews carry: anyone who may write, not a reader's account. */
    public Optional<Author> findWriter(String login) {
        return db.sql("""
                SELECT id, login, display_name FROM users
                WHERE login = :login AND role <> 'commenter' AND deleted_at IS NULL""")
                .param("login", login)
                .query((rs, n) -> new Author(rs.getLong("id"), rs.getString("login"), rs.getString("display_name")))
                .optional();
    }

    /** The newest published reviews by one writer. */
    public List<PostSummary> newestBy(long authorId, int offset, int limit) {
        return db.sql(SUMMARY + """
                WHERE p.type = 'post' AND p.status = 'published' AND p.author_id = :author
                ORDER BY p.published_at DESC, p.id DESC LIMIT :limit OFFSET :offset""")
                .param("author", authorId).param("limit", limit).param("offset", offset)
                .query(PostRepository::summary).list();
    }

    public int countPublishedBy(long authorId) {
        return db.sql("SELECT COUNT(*) FROM posts WHERE type = 'post' AND status = 'published' AND author_id = :author")
                .param("author", authorId).query(Integer.class).single();
    }

    private static Post post(ResultSet rs, int row) throws SQLException {
        return new Post(rs.getLong("id"), rs.getString("slug"), rs.getString("title"), rs.getString("html"),
                rs.getString("excerpt"), rs.getString("author_name"), WorkRepository.work(rs, "w_"),
                rating(rs), "open".equals(rs.getString("comment_status")),
                Instant.ofEpochMilli(rs.getLong("published_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    private static PostSummary summary(ResultSet rs, int row) throws SQLException {
        return new PostSummary(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
                rs.getString("excerpt"), rs.getString("author_name"), WorkRepository.work(rs, "w_"),
                rating(rs), Instant.ofEpochMilli(rs.getLong("published_at")), rs.getInt("comment_count"));
    }

    private static Rating rating(ResultSet rs) throws SQLException {
        int halves = rs.getInt("rating");
        return rs.wasNull() ? null : new Rating(halves);
    }
}
