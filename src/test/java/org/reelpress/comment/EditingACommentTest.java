package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.identity.Commenter;
import org.reelpress.web.Utf8Html;

class EditingACommentTest extends BlogTest {

    private Connection author;
    private MadePost post;
    private long id;

    @BeforeEach
    void postAComment() throws IOException {
        author = session();
        post = fixtures.post("Review to edit under", "Text.");
        Document page = author.newRequest(url(post.permalink())).get();
        Connection.Response posted = author.newRequest(url("/comments")).method(Connection.Method.POST)
                .data("_csrf", page.selectFirst("#commentform input[name=_csrf]").val())
                .data("stamp", page.selectFirst("#commentform input[name=stamp]").val())
                .data(Map.of("post", String.valueOf(post.id()), "comment", "Frist!", "name", "Typo Tom", "email", "tom@example.com"))
                .execute();
        id = Long.parseLong(posted.header("Location").replaceAll(".*#comment-", ""));
    }

    private Connection.Response saveAs(Connection browser, String text) throws IOException {
        Document form = browser.newRequest(url("/comments/" + id + "/edit")).get();
        String token = form.selectFirst("input[name=_csrf]") == null
                ? browser.newRequest(url(post.permalink())).get().selectFirst("#commentform input[name=_csrf]").val()
                : form.selectFirst("input[name=_csrf]").val();
        return browser.newRequest(url("/comments/" + id + "/edit")).method(Connection.Method.POST)
                .data("_csrf", token).data("comment", text).execute();
    }

    @Test
    void letsTheAuthorFixTheirCommentAndSaysItWasEdited() throws IOException {
        assertThat(author.newRequest(url(post.permalink())).get().select("#comment-" + id + " .comment-actions a")).hasSize(1);

        Connection.Response saved = saveAs(author, "First!");

        assertThat(saved.statusCode()).isEqualTo(303);
        Document page = author.newRequest(url(post.permalink())).get();
        assertThat(page.selectFirst("#comment-" + id + " .comment-content").text()).isEqualTo("First!");
        assertThat(page.selectFirst("#comment-" + id + " .edited").text()).startsWith("(edited ").endsWith(")");
        Instant edited = Instant.parse(page.selectFirst("#comment-" + id + " .edited time").attr("datetime"));
        assertThat(edited).isAfterOrEqualTo(Instant.parse(page.selectFirst("#comment-" + id + " .comment-permalink time").attr("datetime")));
    }

    @Test
    void keepsTheTextWhenAnEditIsEmpty() throws IOException {
        Connection.Response refused = saveAs(author, "   ");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.parse().selectFirst("#comment-error").text()).contains("cannot be empty");
    }

    @Test
    void letsTheAuthorDeleteTheirComment() throws IOException {
        Document form = author.newRequest(url("/comments/" + id + "/edit")).get();

        Connection.Response deleted = author.newRequest(url("/comments/" + id + "/delete")).method(Connection.Method.POST)
                .data("_csrf", form.selectFirst(".delete-comment input[name=_csrf]").val()).execute();

        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(get(post.permalink()).select("#comment-" + id)).isEmpty();
        assertThat(get(post.permalink()).selectFirst("#comments-title").text()).isEqualTo("No thoughts yet");
    }

    @Test
    void refusesAnyoneElse() throws IOException {
        Connection stranger = session();

        assertThat(stranger.newRequest(url(post.permalink())).get().select("#comment-" + id + " .comment-actions")).isEmpty();
        assertThat(stranger.newRequest(url("/comments/" + id + "/edit")).execute().statusCode()).isEqualTo(403);
        assertThat(saveAs(stranger, "Vandalised").statusCode()).isEqualTo(403);
        assertThat(get(post.permalink()).selectFirst("#comment-" + id + " .comment-content").text()).isEqualTo("Frist!");
    }

    @Test
    void answersUnknownOrJunkCommentsWithNotFound() throws IOException {
        assertThat(author.newRequest(url("/comments/999999999/edit")).execute().statusCode()).isEqualTo(404);
        assertThat(author.newRequest(url("/comments/abc/edit")).execute().statusCode()).isEqualTo(404);
    }

    @Nested
    class TheWindow {

        private final Instant now = Instant.parse("2026-11-25T12:00:00Z");

        private Comment writtenAt(Instant at, Long userId) {
            return new Comment(7, 1, null, 1, "0000000007", "Ana", "", "/avatars/x.svg", Utf8Html.of("<p>x</p>"),
                    CommentStatus.APPROVED, at, null, userId);
        }

        private Commenter signedIn(long userId) {
            return new Commenter(userId, "Ana", "ana@example.com", "testid", "Test ID", false);
        }

        @Test
        void closesAQuarterOfAnHourAfterPosting() {
            CommentEditing.Reader guest = new CommentEditing.Reader(null, false, List.of(7L), now);

            assertThat(guest.mayChange(writtenAt(now.minus(Duration.ofMinutes(14)), null))).isTrue();
            assertThat(guest.mayChange(writtenAt(now.minus(Duration.ofMinutes(16)), null))).isFalse();
        }

        @Test
        void followsTheAccountRatherThanTheBrowserForSignedInAuthors() {
            Comment byAccount = writtenAt(now.minusSeconds(60), 42L);

            assertThat(new CommentEditing.Reader(signedIn(42), false, List.of(), now).mayChange(byAccount)).isTrue();
            assertThat(new CommentEditing.Reader(signedIn(43), false, List.of(7L), now).mayChange(byAccount)).isFalse();
            assertThat(new CommentEditing.Reader(null, false, List.of(7L), now).mayChange(byAccount)).isFalse();
        }

        @Test
        void neverClosesForModerators() {
            CommentEditing.Reader moderator = new CommentEditing.Reader(signedIn(1), true, List.of(), now);

            assertThat(moderator.mayChange(writtenAt(now.minus(Duration.ofDays(400)), 99L))).isTrue();
        }
    }
}
