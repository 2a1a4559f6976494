package org.reelpress.comment;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.reelpress.identity.Pictures;
import org.reelpress.web.Utf8Html;
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
        return add(comment, comment.parentId() == null ? null : find(comment.parentId()).orElse(null), bodyHtml, status, now);
    }

    /** Adds a reply to {@code parent} (null: a top-level comment), which the caller has already read. */
    long add(NewComment comment, Comment parent, String bodyHtml, CommentStatus status, Instant now) {
        long id = db.sql("""
                INSERT INTO comments (post_id, parent_id, depth, path, author_name, author_email, author_url,
                                      body, body_html, status, created_at, ip, user_agent, user_id, provider)
                VALUES (:post, :parent, :depth, '', :name, :email, :url, :body, :html, :status, :now, :ip, :agent,
                        :user, :provider)
                RETURNING id""")
                .param("post", comment.postId()).param("parent", comment.parentId())
                .param("depth", parent == null ? 1 : parent.depth() + 1)
                .param("name", comment.authorName()).param("email", comment.authorEmail())
                .param("url", comment.authorUrl()).param("body", comment.body()).param("html", bodyHtml)
                .param("status", status.column()).param("now", now.toEpochMilli())
                .param("ip", comment.ip()).param("agent", comment.userAgent())
                .param("user", comment.userId()).param("provider", comment.provider())
                .query(Long.class).single();
        String path = (parent == null ? "" : parent.path() + ".") + "%010d".formatted(id);
        db.sql("UPDATE comments SET path = :path WHERE id = :id").param("path", path).param("id", id).update();
        return id;
    }

    /** Replaces a comment's text and marks it edited. */
    public void edit(long id, String body, String bodyHtml, Instant now) {
        db.sql("UPDATE comments SET body = :body, body_html = :html, edited_at = :now WHERE id = :id")
                .param("body", body).param("html", bodyHtml).param("now", now.toEpochMilli()).param("id", id).update();
    }

    /** The text as its author wrote it, for editing. */
    Optional<String> source(long id) {
        return db.sql("SELECT body FROM comments WHERE id = :id").param("id", id).query(String.class).optional();
    }

    /** Moves a comment to another status; false if there is no such comment. */
    public boolean setStatus(long id, CommentStatus status) {
        return db.sql("UPDATE comments SET status = :status WHERE id = :id")
                .param("status", status.column()).param("id", id).update() == 1;
    }

    /**
     * Removes a comment for good, but only from spam or the trash; false otherwise. Its replies
     * move up to its parent, and their paths still name it, so they hang under the nearest
     * ancestor that is shown.
     */
    @Transactional
    boolean deleteFromSpamOrTrash(long id) {
        List<Long> parent = db.sql("SELECT COALESCE(parent_id, 0) FROM comments WHERE id = :id AND status IN ('spam', 'trash')")
                .param("id", id).query(Long.class).list();
        if (parent.isEmpty()) {
            return false;
        }
        db.sql("UPDATE comments SET parent_id = :parent WHERE parent_id = :id")
                .param("parent", parent.getFirst() == 0 ? null : parent.getFirst(), Types.BIGINT).param("id", id).update();
        return db.sql("DELETE FROM comments WHERE id = :id").param("id", id).update() == 1;
    }

    /**
     * The columns {@link #comment} reads, by position, in this order: not the source text, address
     * and browser, which no page shows, and which picture the author has: 2 none any more (the
     * author was forgotten), 1 one copied from a sign-in provider (from {@code user_avatars a}),
     * 0 one drawn from their address. Missing ids and a missing edit time read as 0 (ids start at
     * 1, and no edit is that old): each {@code wasNull} is one more call into the driver, for every
     * comment of a page. The post comes last, where a page's rows, all of one post, leave it unread.
     * The status comes as a number and an empty website address as NULL: the driver makes an array in
     * native code for each text of each row, and none for a number or a NULL (most commenters leave
     * no address).
     */
    private static final String COMMENT_COLUMNS = """
            c.id, COALESCE(c.parent_id, 0), c.depth, c.path, c.author_name, c.author_email, NULLIF(c.author_url, ''),
            c.body_html, %s, c.created_at, COALESCE(c.edited_at, 0), COALESCE(c.user_id, 0),
            CASE WHEN c.author_forgotten_at IS NOT NULL THEN 2 WHEN a.user_id IS NOT NULL THEN 1 ELSE 0 END,
            c.post_id""".formatted(CommentStatus.asNumber("c.status"));
    private static final int COMMENT_COLUMN_COUNT = 14;
    private static final int POST_COLUMN = COMMENT_COLUMN_COUNT; // the last
    private static final int FORGOTTEN = 2, PROVIDER_PICTURE = 1;

    private static final String WITH_PICTURE = "SELECT " + COMMENT_COLUMNS + """

            FROM comments c LEFT JOIN user_avatars a ON a.user_id = c.user_id
            """;

    public Optional<Comment> find(long id) {
        return db.sql(WITH_PICTURE + "WHERE c.id = :id").param("id", id).query(this::comment).optional();
    }

    public Optional<CommentWithAuthor> withAuthor(long id) {
        return db.sql("SELECT * FROM comments WHERE id = :id").param("id", id).query((rs, row) -> {
            long user = rs.getLong("user_id");
            Long userId = rs.wasNull() ? null : user;
            return new CommentWithAuthor(rs.getLong("id"), rs.getLong("post_id"), rs.getString("author_name"),
                    rs.getString("author_email"), userId, rs.getString("body"),
                    CommentStatus.ofColumn(rs.getString("status")));
        }).optional();
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
                .query((rs, row) -> commentOnPost(rs, postId)).list();
    }

    /** How much a post's discussion holds: its approved comments, and how many of them start a thread. */
    public record ThreadSize(int comments, int topLevel) {
    }

    ThreadSize size(long postId) {
        // one row kept in step by the comments' triggers (migration V22): counting read every comment of the post
        return db.sql("SELECT comments, threads FROM discussion_sizes WHERE post_id = :post")
                .param("post", postId)
                .query((rs, n) -> new ThreadSize(rs.getInt("comments"), rs.getInt("threads")))
                .optional().orElse(new ThreadSize(0, 0));
    }

    /**
     * One page of a thread in display order, in one query however long the thread: the
     * {@code perPage} approved top-level comments of page {@code page} (counted from the oldest),
     * everything under them, and the held comments of {@code ownHeld} that fall between. The
     * page's rows are those whose path lies from its first top-level comment's path up to the next
     * page's first; the first page has no lower end and the last no upper one. {@code threads}, the
     * discussion's approved top-level comments, lets each end be found from the nearer end of the
     * discussion, so that its first and last pages step over no more than a page of threads.
     */
    List<Comment> page(long postId, int page, int perPage, int threads, Collection<Long> ownHeld) {
        int from = (page - 1) * perPage;
        int to = page * perPage;
        int low = from == 0 ? START : from >= threads ? NONE : from >= threads / 2 ? FROM_NEWEST : FROM_OLDEST;
        int high = to >= threads ? END : to >= threads / 2 ? FROM_NEWEST : FROM_OLDEST;
        var statement = ownHeld.isEmpty()
                ? db.sql(APPROVED_PAGES[low][high])
                : db.sql(PAGES_WITH_HELD[low][high]).param("held", ownHeld);
        return statement
                .param("post", postId)
                .param("from", from).param("to", to)
                .param("fromAfter", Math.max(0, threads - 1 - from)).param("toAfter", Math.max(0, threads - 1 - to))
                .query((rs, row) -> commentOnPost(rs, postId)).list();
    }

    /*
     * The page's ends are the paths of its first thread and of the next page's, each the Nth
     * top-level comment counted from the oldest or (ORDER BY path DESC) from the newest. No next
     * page: the upper end is 'z', past every path, since paths hold only digits and dots, which
     * sort before letters in every collation. With both ends known the rows are one range of the
     * (post, status, path) index; comparing with a missing end instead would read the whole thread.
     *
     * Which of these each end is, is known before the query, so each page runs a statement with
     * only the lookups it needs: SQLite prepares a statement afresh each time, and preparing all
     * four lookups cost more than running the query. The statements are made once, from these
     * fixed pieces; everything that varies is a parameter.
     *
     * A reader with no held comment of their own (nearly every reader) gets the approved rows
     * alone: one range of the index, already in path order. Adding the held ones takes an OR,
     * with which SQLite reads two ways and sorts what it found, which cost more than the rows did.
     */
    private static final int START = 0, END = 0, FROM_OLDEST = 1, FROM_NEWEST = 2, NONE = 3;

    private static final String[] LOW = {"''", """
            (SELECT path FROM comments WHERE post_id = :post AND parent_id IS NULL AND status = 'approved'
             ORDER BY path LIMIT 1 OFFSET :from)""", """
            (SELECT path FROM comments WHERE post_id = :post AND parent_id IS NULL AND status = 'approved'
             ORDER BY path DESC LIMIT 1 OFFSET :fromAfter)""", "NULL"};

    private static final String[] HIGH = {"'z'", """
            (SELECT path FROM comments WHERE post_id = :post AND parent_id IS NULL AND status = 'approved'
             ORDER BY path LIMIT 1 OFFSET :to)""", """
            (SELECT path FROM comments WHERE post_id = :post AND parent_id IS NULL AND status = 'approved'
             ORDER BY path DESC LIMIT 1 OFFSET :toAfter)"""};

    private static final String PAGE = """
            SELECT %s
            FROM comments c LEFT JOIN user_avatars a ON a.user_id = c.user_id
            WHERE c.post_id = :post AND %s AND c.path >= %s AND c.path < %s
            ORDER BY c.path""";

    private static final String[][] APPROVED_PAGES = statements("c.status = 'approved'");
    private static final String[][] PAGES_WITH_HELD =
            statements("(c.status = 'approved' OR (c.status IN ('pending', 'spam') AND c.id IN (:held)))");

    /** The page's statement for each pair of ends, showing the comments {@code shown} selects. */
    private static String[][] statements(String shown) {
        String[][] statements = new String[LOW.length][HIGH.length];
        for (int low = 0; low < LOW.length; low++) {
            for (int high = 0; high < HIGH.length; high++) {
                statements[low][high] = PAGE.formatted(COMMENT_COLUMNS, shown, LOW[low], HIGH[high]);
            }
        }
        return statements;
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
            SELECT %s, p.title AS post_title
            FROM comments c JOIN posts p ON p.id = c.post_id AND p.type = 'post' AND p.status = 'published'
            LEFT JOIN user_avatars a ON a.user_id = c.user_id
            """.formatted(COMMENT_COLUMNS);

    /** The newest approved comments on one published review, newest first. */
    public List<RecentComment> recentApproved(long postId, int limit) {
        return db.sql(RECENT + """
                WHERE c.post_id = :post AND c.status = 'approved' ORDER BY c.created_at DESC, c.id DESC LIMIT :limit""")
                .param("post", postId).param("limit", limit)
                .query(this::recent).list();
    }

    /** The newest approved comments on any published review, newest first. */
    public List<RecentComment> recentApproved(int limit) {
        return db.sql(RECENT + """
                WHERE c.status = 'approved' ORDER BY c.created_at DESC, c.id DESC LIMIT :limit""")
                .param("limit", limit)
                .query(this::recent).list();
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

    /** Everything a user wrote, held and removed comments too, newest first; {@code post} is left for the caller. */
    List<OwnComment> byAuthor(long userId) {
        return db.sql("SELECT * FROM comments WHERE user_id = :user ORDER BY created_at DESC, id DESC")
                .param("user", userId)
                .query((rs, n) -> new OwnComment(rs.getLong("id"), rs.getLong("post_id"), parentOf(rs),
                        rs.getString("body"), rs.getString("body_html"), CommentStatus.ofColumn(rs.getString("status")),
                        Instant.ofEpochMilli(rs.getLong("created_at")), editedAt(rs), null))
                .list();
    }

    /** How many comments each user has written, whatever became of them; users without any are left out. */
    public Map<Long, Integer> countsByAuthor() {
        return db.sql("SELECT user_id, COUNT(*) AS written FROM comments WHERE user_id IS NOT NULL GROUP BY user_id")
                .query((rs, n) -> Map.entry(rs.getLong("user_id"), rs.getInt("written")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Keeps a user's comments where they are, under {@code name}, with nothing left that tells who wrote them. */
    void forgetAuthor(long userId, String name, Instant now) {
        db.sql("""
                UPDATE comments SET author_name = :name, author_email = '', author_url = '', ip = NULL,
                       user_agent = NULL, provider = NULL, author_forgotten_at = :now
                WHERE user_id = :user""")
                .param("name", name).param("now", now.toEpochMilli()).param("user", userId).update();
    }

    /** Whether this address already left these exact words on this post, in any status but the bin. */
    boolean hasSameComment(long postId, String email, String body) {
        return db.sql("""
                SELECT COUNT(*) FROM comments
                WHERE post_id = :post AND LOWER(author_email) = LOWER(:email) AND body = :body AND status <> 'trash'""")
                .param("post", postId).param("email", email).param("body", body)
                .query(Long.class).single() > 0;
    }

    /** A comment's text and website, what the learning filter reads. */
    Optional<String> bodyOf(long id) {
        return db.sql("SELECT body || ' ' || author_url FROM comments WHERE id = :id").param("id", id)
                .query(String.class).optional();
    }

    /** A row of {@link #RECENT}: the comment's columns, then its review's title. */
    private RecentComment recent(ResultSet rs, int row) throws SQLException {
        return new RecentComment(comment(rs, row), rs.getString(COMMENT_COLUMN_COUNT + 1));
    }

    /**
     * A row of {@link #COMMENT_COLUMNS}, read by position: by name the driver looks each column up
     * in a map, lower-casing its name, for every column of every row of a page. Texts are read as
     * their UTF-8 bytes: SQLite's driver hands a text over as a direct buffer, which costs it a
     * call back into Java for each column of each row, and an array of bytes costs it none.
     */
    private Comment comment(ResultSet rs, int row) throws SQLException {
        return commentOnPost(rs, rs.getLong(POST_COLUMN));
    }

    /** A row of {@link #COMMENT_COLUMNS} whose post the caller knows, which reads all but the post. */
    private Comment commentOnPost(ResultSet rs, long postId) throws SQLException {
        long id = rs.getLong(1);
        long parent = rs.getLong(2);
        int depth = rs.getInt(3);
        String path = text(rs, 4);
        String name = text(rs, 5);
        String email = text(rs, 6);
        String url = text(rs, 7);
        Utf8Html bodyHtml = Utf8Html.of(rs.getBytes(8));
        CommentStatus status = CommentStatus.ofNumber(rs.getInt(9));
        Instant createdAt = Instant.ofEpochMilli(rs.getLong(10));
        long edited = rs.getLong(11);
        Instant editedAt = edited == 0 ? null : Instant.ofEpochMilli(edited);
        long user = rs.getLong(12);
        int picture = rs.getInt(13);
        String avatar = picture == FORGOTTEN ? Avatars.NEUTRAL_ADDRESS
                : picture == PROVIDER_PICTURE ? Pictures.of(user)
                : avatars.addressFor(email, name);
        return new Comment(id, postId, parent == 0 ? null : parent, depth, path, name,
                Websites.followable(url), avatar, bodyHtml, status, createdAt, editedAt,
                user == 0 ? null : user);
    }

    /** A text column, read as its UTF-8 bytes (which both SQLite's and PostgreSQL's drivers give for a text). */
    private static String text(ResultSet rs, int column) throws SQLException {
        byte[] utf8 = rs.getBytes(column);
        return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
    }

    private static Long parentOf(ResultSet rs) throws SQLException {
        long parent = rs.getLong("parent_id");
        return rs.wasNull() ? null : parent;
    }

    private static Instant editedAt(ResultSet rs) throws SQLException {
        long edited = rs.getLong("edited_at");
        return rs.wasNull() ? null : Instant.ofEpochMilli(edited);
    }
}
