package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.reelpress.site.SettingsForTests;
import org.reelpress.storage.Engine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;

@ParameterizedClass
@EnumSource(Engine.class)
class CommentRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final DataSource database;
    private final Avatars avatars;
    private final CommentRepository comments;
    private final ModerationQueries moderation;
    private final long post;

    CommentRepositoryTest(Engine engine) {
        database = engine.newMigratedDatabase();
        JdbcClient db = JdbcClient.create(database);
        avatars = new Avatars(new Signatures(SettingsForTests.on(db)));
        comments = new CommentRepository(db, avatars);
        moderation = new ModerationQueries(db);
        post = aPublishedPost(db);
    }

    @Test
    void storesACommentUnderItsParentWithItsPath() {
        long parent = add(null, CommentStatus.APPROVED);
        long reply = add(parent, CommentStatus.APPROVED);

        Comment stored = comments.find(reply).orElseThrow();

        assertThat(stored.parentId()).isEqualTo(parent);
        assertThat(stored.depth()).isEqualTo(2);
        assertThat(stored.path()).isEqualTo("%010d.%010d".formatted(parent, reply));
        assertThat(stored.postId()).isEqualTo(post);
        assertThat(stored.createdAt()).isEqualTo(NOW);
        assertThat(stored.editedAt()).isNull();
    }

    @Test
    void returnsAThreadInDisplayOrderInOneQuery() {
        long first = add(null, CommentStatus.APPROVED);
        long second = add(null, CommentStatus.APPROVED);
        List<Long> replies = new ArrayList<>();
        for (int i = 0; i < 10; i++) {   // ids go past 9, where unpadded paths would sort "10" before "9"
            replies.add(add(first, CommentStatus.APPROVED));
        }
        long deep = add(replies.getFirst(), CommentStatus.APPROVED);
        long late = add(second, CommentStatus.APPROVED);
        // the avatars' key was read while adding the replies, so only the thread's own statements count
        AtomicInteger connections = new AtomicInteger();
        CommentRepository counted = new CommentRepository(JdbcClient.create(counting(database, connections)), avatars);

        List<Comment> thread = counted.approvedThread(post);

        List<Tuple> expected = new ArrayList<>(List.of(tuple(first, 1), tuple(replies.getFirst(), 2), tuple(deep, 3)));
        replies.stream().skip(1).map(reply -> tuple(reply, 2)).forEach(expected::add);
        expected.addAll(List.of(tuple(second, 1), tuple(late, 2)));
        assertThat(thread).extracting(Comment::id, Comment::depth).containsExactlyElementsOf(expected);
        assertThat(connections).as("statements: outside a transaction each takes a connection").hasValue(1);
    }

    @Test
    void showsOnlyApprovedCommentsInAThread() {
        long approved = add(null, CommentStatus.APPROVED);
        add(null, CommentStatus.PENDING);
        add(approved, CommentStatus.SPAM);
        add(null, CommentStatus.TRASH);

        assertThat(comments.approvedThread(post)).extracting(Comment::id).containsExactly(approved);
    }

    @Test
    void picksAPageOfThreadsWithEverythingUnderThemInOneQuery() {
        List<Long> top = new ArrayList<>();
        for (int i = 0; i < 12; i++) {   // ids go past 9 and 10, where unpadded paths would sort wrongly
            top.add(add(null, CommentStatus.APPROVED));
        }
        long hidden = add(null, CommentStatus.PENDING);
        long lateReply = add(top.get(2), CommentStatus.APPROVED);
        long deep = add(lateReply, CommentStatus.APPROVED);
        long ownHeld = add(null, CommentStatus.PENDING);
        AtomicInteger connections = new AtomicInteger();
        CommentRepository counted = new CommentRepository(JdbcClient.create(counting(database, connections)), avatars);

        List<Comment> second = counted.page(post, 2, 2, 12, List.of(ownHeld));

        assertThat(second).extracting(Comment::id).containsExactly(top.get(2), lateReply, deep, top.get(3));
        assertThat(connections).hasValue(1);
        assertThat(comments.page(post, 1, 2, 12, List.of())).extracting(Comment::id).containsExactly(top.get(0), top.get(1));
        assertThat(comments.page(post, 6, 2, 12, List.of(ownHeld))).extracting(Comment::id)
                .containsExactly(top.get(10), top.get(11), ownHeld).doesNotContain(hidden);
        assertThat(comments.page(post, 5, 2, 12, List.of())).extracting(Comment::id)   // found from the newest end
                .containsExactly(top.get(8), top.get(9));
        assertThat(comments.page(post, 7, 2, 12, List.of())).isEmpty();
    }

    @Test
    void placesAThreadAmongTheApprovedThreadsBeforeIt() {
        long first = add(null, CommentStatus.APPROVED);
        add(null, CommentStatus.PENDING);
        long third = add(null, CommentStatus.APPROVED);
        long reply = add(third, CommentStatus.APPROVED);
        add(null, CommentStatus.APPROVED);

        assertThat(comments.placeOf(comments.find(reply).orElseThrow()))
                .isEqualTo(new CommentRepository.ThreadPlace(2, 3));
        assertThat(comments.placeOf(comments.find(first).orElseThrow()).atOrBefore()).isEqualTo(1);
        assertThat(comments.size(post)).isEqualTo(new CommentRepository.ThreadSize(4, 3));
    }

    @Test
    void keepsTheDiscussionsSizeInStepWithApprovingHoldingAndDeleting() {
        long top = add(null, CommentStatus.APPROVED);
        long middle = add(top, CommentStatus.APPROVED);
        add(middle, CommentStatus.APPROVED);
        long held = add(null, CommentStatus.PENDING);
        assertThat(comments.size(post)).isEqualTo(new CommentRepository.ThreadSize(3, 1));

        comments.setStatus(held, CommentStatus.APPROVED);
        assertThat(comments.size(post)).isEqualTo(new CommentRepository.ThreadSize(4, 2));

        comments.setStatus(top, CommentStatus.SPAM);
        assertThat(comments.size(post)).isEqualTo(new CommentRepository.ThreadSize(3, 1));

        comments.deleteFromSpamOrTrash(top);   // its reply now starts a thread of its own
        assertThat(comments.size(post)).isEqualTo(new CommentRepository.ThreadSize(3, 2));

        comments.setStatus(middle, CommentStatus.TRASH);
        comments.deleteFromSpamOrTrash(middle);
        assertThat(comments.size(post)).isEqualTo(new CommentRepository.ThreadSize(2, 2));
    }

    @Test
    void keepsUnicodeNamesAndBodiesIntact() {
        String name = "서지우 🎞️";
        String html = "<p>중간 자막이 하나도 없는데도 — 狂った一頁 😱</p>";
        long id = comments.add(NewComment.guest(post, null, name, "jiwoo@example.kr", "", "(source)", null, ""),
                html, CommentStatus.APPROVED, NOW);

        Comment stored = comments.find(id).orElseThrow();

        assertThat(stored.authorName()).isEqualTo(name);
        assertThat(stored.bodyHtml().text()).isEqualTo(html);
        assertThat(stored.avatar()).isEqualTo("/avatars/" + avatars.nameFor("jiwoo@example.kr", name) + ".svg");
    }

    @Test
    void searchesBodiesNamesAndAddressesIgnoringCaseAndTakingPercentAndUnderscoreLiterally() {
        long percent = add("Bo", "bo@example.org", "Easily 100% worth it", CommentStatus.PENDING);
        long underscore = add("Snake_Case", "snake@example.org", "Worth it at 1000", CommentStatus.PENDING);
        long address = add("Cy", "CY.Moderated@Example.org", "Nothing here", CommentStatus.SPAM);

        assertThat(ids("all", "100%")).containsExactly(percent);
        assertThat(ids("all", "e_c")).containsExactly(underscore);
        assertThat(ids("all", "cy.moderated")).containsExactly(address);
        assertThat(ids("all", "WORTH IT")).containsExactly(underscore, percent);
        assertThat(ids("pending", "nothing")).isEmpty();
    }

    @Test
    void listsOnePostsCommentsInAStatusNewestFirstAPageAtATime() {
        long older = add(null, CommentStatus.PENDING);
        long newer = add(null, CommentStatus.PENDING);
        add(null, CommentStatus.APPROVED);
        ModerationFilter pending = ModerationFilter.of("pending", String.valueOf(post), "", "1");

        assertThat(moderation.moderated(pending, 0, 1)).extracting(ModeratedComment::id).containsExactly(newer);
        assertThat(moderation.moderated(pending, 1, 1)).extracting(ModeratedComment::id).containsExactly(older);
        ModeratedComment row = moderation.moderated(pending, 0, 1).getFirst();
        assertThat(row.postTitle()).isEqualTo("A review");
        assertThat(row.authorEmail()).isEqualTo("ana@example.org");
        assertThat(row.ip()).isEqualTo("127.0.0.1");
        assertThat(moderation.moderated(ModerationFilter.of("pending", String.valueOf(post + 1), "", "1"), 0, 50)).isEmpty();
    }

    @Test
    void countsTheCommentsInEachStatus() {
        add(null, CommentStatus.PENDING);
        add(null, CommentStatus.PENDING);
        add(null, CommentStatus.TRASH);

        assertThat(moderation.countsByStatus(ModerationFilter.of("all", null, null, null))).containsExactlyInAnyOrderEntriesOf(
                Map.of(CommentStatus.PENDING, 2, CommentStatus.APPROVED, 0, CommentStatus.SPAM, 0, CommentStatus.TRASH, 1));
    }

    @Test
    void deletesOnlyFromSpamOrTheTrashAndMovesTheRepliesUpToItsParent() {
        long top = add(null, CommentStatus.APPROVED);
        long middle = add(top, CommentStatus.APPROVED);
        long reply = add(middle, CommentStatus.APPROVED);

        assertThat(comments.deleteFromSpamOrTrash(middle)).isFalse();
        comments.setStatus(middle, CommentStatus.TRASH);
        assertThat(comments.deleteFromSpamOrTrash(middle)).isTrue();

        assertThat(comments.find(middle)).isEmpty();
        assertThat(comments.find(reply).orElseThrow().parentId()).isEqualTo(top);
        assertThat(CommentTree.build(comments.approvedThread(post), 5).getFirst().replies())
                .extracting(node -> node.comment().id()).containsExactly(reply);
        assertThat(comments.deleteFromSpamOrTrash(middle)).isFalse();
    }

    private List<Long> ids(String status, String search) {
        return moderation.moderated(ModerationFilter.of(status, null, search, null), 0, 50).stream()
                .map(ModeratedComment::id).toList();
    }

    private long add(String name, String email, String body, CommentStatus status) {
        return comments.add(NewComment.guest(post, null, name, email, "", body, "127.0.0.1", "test"),
                "<p>" + body + "</p>", status, NOW);
    }

    private long add(Long parent, CommentStatus status) {
        NewComment comment = NewComment.guest(post, parent, "Ana", "ana@example.org", "", "Hello", "127.0.0.1", "test");
        return comments.add(comment, "<p>Hello</p>", status, NOW);
    }

    private static long aPublishedPost(JdbcClient db) {
        long author = db.sql("""
                INSERT INTO users (login, email, display_name, role, created_at)
                VALUES ('writer', 'writer@example.org', 'Writer', 'administrator', 0) RETURNING id""")
                .query(Long.class).single();
        return db.sql("""
                INSERT INTO posts (slug, title, markdown, html, excerpt, status, author_id, created_at, updated_at)
                VALUES ('a-review', 'A review', '', '', '', 'published', :author, 0, 0) RETURNING id""")
                .param("author", author).query(Long.class).single();
    }

    private static DataSource counting(DataSource database, AtomicInteger connections) {
        return new DelegatingDataSource(database) {
            @Override
            public Connection getConnection() throws SQLException {
                connections.incrementAndGet();
                return super.getConnection();
            }
        };
    }
}
