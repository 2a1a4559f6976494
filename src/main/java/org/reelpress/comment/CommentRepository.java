package org.reelpress.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.reelpress.identity.Pictures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
public class CommentRepository {

    private final JdbcClient db;
    private final Avatars avatars;

    CommentRepository(JdbcClient db, Avatars avatars) {
        this.db = db;
        this.avatars = avatars;
    }

    /** Stores a comment under its parent (or at the top) and returns its id. */
    @Transactional
    public long add(NewComment comment, String bodyHtml, CommentStatus status, Instant now) {
        Optional<Comment> parent = comment.parentId() == null ? Optional.empty() : find(comment.parentId());
        long id = db.sql("""
                INSERT INTO comments (post_id, parent_id, depth, path, author_name, author_email, author_url,
                                      body, body_html, status, created_at, ip, user_agent, user_id, provider)
                VALUES (:post, :parent, :depth, '', :name, :email, :url, :body, :html, :status, :now, :ip, :agent,
                        :user, :provider)
                RETURNING id""")
                .param("post", comment.postId()).param("parent", comment.parentId())
                .param("depth", parent.map(p -> p.depth() + 1).orElse(1))
                .param("name", comment.authorName()).param("email", comment.authorEmail())
                .param("url", comment.authorUrl()).param("body", comment.body()).param("html", bodyHtml)
                .param("status", status.column()).param("now", now.toEpochMilli())
                .param("ip", comment.ip()).param("agent", comment.userAgent())
                .param("user", comment.userId()).param("provider", comment.provider())
                .query(Long.class).single();
        String path = parent.map(p -> p.path() + ".").orElse("") + "%010d".formatted(id);
        db.sql("UPDATE comments SET path = :path WHERE id = :id").param("path", path).param("id", id).update();
        return id;
    }

    /** Moves a comment to another status; false if there is no such comment. */
    public boolean setStatus(long id, CommentStatus status) {
        return db.sql("UPDATE comments SET status = :status WHERE id = :id")
                .param("status", status.column()).param("id", id).update() == 1;
    }

    /** Comments with whether their author has a picture copied from a sign-in provider. */
    private static final String WITH_PICTURE = """
            SELECT c.*, CASE WHEN a.user_id IS NULL THEN 0 ELSE 1 END AS has_picture
            FROM comments c LEFT JOIN user_avatars a ON a.user_id = c.user_id
            """;

    public Optional<Comment> find(long id) {
        return db.sql(WITH_PICTURE + "WHERE c.id = :id").param("id", id).query(this::comment).optional();
    }

    /** A post's approved comments in display order, in one query however long the thread. */
    public List<Comment> approvedThread(long postId) {
        return thread(postId, List.of());
    }

    /** The approved comments and, among the held ones, those of {@code ownHeld}: what their author may see. */
    List<Comment> thread(long postId, Collection<Long> ownHeld) {
        return db.sql(WITH_PICTURE + """
                WHERE c.post_id = :post AND (c.status = 'approved' OR (c.status IN ('pending', 'spam') AND c.id IN (:held)))
                ORDER BY c.path""")
                .param("post", postId).param("held", ownHeld.isEmpty() ? List.of(-1L) : ownHeld)
                .query(this::comment).list();
    }

    /** How much a post's discussion holds: its approved comments, and how many of them start a thread. */
    public record ThreadSize(int comments, int topLevel) {
    }

    ThreadSize size(long postId) {
        return db.sql("""
                SELECT COUNT(*) AS comments, COALESCE(SUM(CASE WHEN parent_id IS NULL THEN 1 ELSE 0 END), 0) AS top_level
                FROM comments WHERE post_id = :post AND status = 'approved'""")
                .param("post", postId)
                .query((rs, n) -> new ThreadSize(rs.getInt("comments"), rs.getInt("top_level"))).single();
    }

    /**
     * One page of a thread in display order, in one query however long the thread: the
     * {@code perPage} approved top-level comments of page {@code page} (counted from the oldest),
     * everything under them, and the held comments of {@code ownHeld} that fall between. The
     * page's rows are those whose path lies from its first top-level comment's path up to the next
     * page's first; the first page has no lower end and the last no upper one.
     */
    List<Comment> page(long postId, int page, int perPage, Collection<Long> ownHeld) {
        return db.sql("""
                WITH bounds AS (
                    SELECT CASE WHEN :from = 0 THEN '' ELSE (
                               SELECT path FROM comments WHERE post_id = :post AND parent_id IS NULL AND status = 'approved'
                               ORDER BY path LIMIT 1 OFFSET :from) END AS low,
                           (SELECT path FROM comments WHERE post_id = :post AND parent_id IS NULL AND status = 'approved'
                            ORDER BY path LIMIT 1 OFFSET :to) AS high)
                """ + WITH_PICTURE + """
                CROSS JOIN bounds b
                WHERE c.post_id = :post AND (c.status = 'approved' OR (c.status IN ('pending', 'spam') AND c.id IN (:held)))
                  AND c.path >= b.low AND (b.high IS NULL OR c.path < b.high)
                ORDER BY c.path""")
                .param("post", postId).param("from", (page - 1) * perPage).param("to", page * perPage)
                .param("held", ownHeld.isEmpty() ? List.of(-1L) : ownHeld)
                .query(this::comment).list();
    }

    /** Where a comment's thread starts among its post's approved threads: how many start at or before it, and in all. */
    record ThreadPlace(int atOrBefore, int topLevel) {
    }

    ThreadPlace placeOf(Comment comment) {
        String root = comment.path().substring(0, Math.min(10, comment.path().length()));
        return db.sql("""
                SELECT COUNT(*) AS top_level, COALESCE(SUM(CASE WHEN path <= :root THEN 1 ELSE 0 END), 0) AS at_or_before
                FROM comments WHERE post_id = :post AND parent_id IS NULL AND status = 'approved'""")
                .param("post", comment.postId()).param("root", root)
                .query((rs, n) -> new ThreadPlace(rs.getInt("at_or_before"), rs.getInt("top_level"))).single();
    }

    /** A comment shown in a feed, with the title of the review it was left on. */
    public record RecentComment(Comment comment, String postTitle) {
    }

    private static final String RECENT = """
            SELECT c.*, p.title AS post_title, CASE WHEN a.user_id IS NULL THEN 0 ELSE 1 END AS has_picture
            FROM comments c JOIN posts p ON p.id = c.post_id AND p.type = 'post' AND p.status = 'published'
            LEFT JOIN user_avatars a ON a.user_id = c.user_id
            """;

    /** The newest approved comments on one published review, newest first. */
    public List<RecentComment> recentApproved(long postId, int limit) {
        return db.sql(RECENT + """
                WHERE c.post_id = :post AND c.status = 'approved' ORDER BY c.created_at DESC, c.id DESC LIMIT :limit""")
                .param("post", postId).param("limit", limit)
                .query((rs, n) -> new RecentComment(comment(rs, n), rs.getString("post_title"))).list();
    }

    /** The newest approved comments on any published review, newest first. */
    public List<RecentComment> recentApproved(int limit) {
        return db.sql(RECENT + """
                WHERE c.status = 'approved' ORDER BY c.created_at DESC, c.id DESC LIMIT :limit""")
                .param("limit", limit)
                .query((rs, n) -> new RecentComment(comment(rs, n), rs.getString("post_title"))).list();
    }

    /** Whether a commenter (by account, or as a guest by e-mail address) has had a comment approved. */
    boolean hasApprovedComment(Long userId, String email) {
        var count = userId != null
                ? db.sql("SELECT COUNT(*) FROM comments WHERE status = 'approved' AND user_id = :user").param("user", userId)
                : db.sql("""
                        SELECT COUNT(*) FROM comments
                        WHERE status = 'approved' AND user_id IS NULL AND LOWER(author_email) = LOWER(:email)""")
                .param("email", email);
        return count.query(Long.class).single() > 0;
    }

    private Comment comment(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        long edited = rs.getLong("edited_at");
        Instant editedAt = rs.wasNull() ? null : Instant.ofEpochMilli(edited);
        String name = rs.getString("author_name");
        long user = rs.getLong("user_id");
        String avatar = rs.getInt("has_picture") == 1 ? Pictures.of(user)
                : "/avatars/" + avatars.nameFor(rs.getString("author_email"), name) + ".svg";
        return new Comment(rs.getLong("id"), rs.getLong("post_id"), parentId, rs.getInt("depth"),
                rs.getString("path"), name, rs.getString("author_url"),
                avatar, rs.getString("body_html"),
                CommentStatus.ofColumn(rs.getString("status")),
                Instant.ofEpochMilli(rs.getLong("created_at")), editedAt);
    }
}
