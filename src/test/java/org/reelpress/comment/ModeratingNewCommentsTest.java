package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.springframework.beans.factory.annotation.Autowired;

class ModeratingNewCommentsTest extends BlogTest {

    @Autowired
    CommentRepository comments;

    private MadePost post;

    @BeforeEach
    void holdFirstComments() {
        settings.put("comment_policy", "hold_first");
        post = fixtures.post("Moderated review", "Talk.");
    }

    /** Posts as a guest from the given browser and returns the new comment's id. */
    private long postAs(Connection browser, String email, String text) throws IOException {
        Document page = browser.newRequest(url(post.permalink())).get();
        Connection.Response response = browser.newRequest(url("/comments")).method(Connection.Method.POST)
                .data("_csrf", page.selectFirst("#commentform input[name=_csrf]").val())
                .data("stamp", page.selectFirst("#commentform input[name=stamp]").val())
                .data(Map.of("post", String.valueOf(post.id()), "comment", text, "name", "Guest", "email", email))
                .execute();
        assertThat(response.statusCode()).isEqualTo(303);
        return Long.parseLong(response.header("Location").replaceAll(".*#comment-", ""));
    }

    @Test
    void holdsAFirstTimeCommentersCommentAndShowsItOnlyToThem() throws IOException {
        Connection author = session();

        long id = postAs(author, "first@example.com", "My first words here");

        Document theirs = author.newRequest(url(post.permalink())).get();
        assertThat(theirs.selectFirst("#comment-" + id + " .awaiting-moderation").text()).contains("awaiting moderation");
        assertThat(theirs.select("#comment-" + id + " .comment-reply-link")).isEmpty();
        assertThat(theirs.selectFirst("#comments-title").text()).isEqualTo("No thoughts yet");
        Document someoneElses = session().newRequest(url(post.permalink())).get();
        assertThat(someoneElses.select("#comment-" + id)).isEmpty();
    }

    @Test
    void approvesACommenterOnceOneOfTheirCommentsWasApproved() throws IOException {
        long first = postAs(session(), "regular@example.com", "Hello");
        comments.setStatus(first, CommentStatus.APPROVED);

        long second = postAs(session(), "REGULAR@example.com", "Hello again");

        assertThat(comments.find(second).orElseThrow().status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(get(post.permalink()).selectFirst("#comments-title").text()).startsWith("2 thoughts");
    }

    @Test
    void holdsEveryCommentWhenTheBlogSaysSo() throws IOException {
        settings.put("comment_policy", "hold_all");
        long first = postAs(session(), "trusted@example.com", "One");
        comments.setStatus(first, CommentStatus.APPROVED);

        long second = postAs(session(), "trusted@example.com", "Two");

        assertThat(comments.find(second).orElseThrow().status()).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void approvesEveryCommentWhenTheBlogSaysSo() throws IOException {
        settings.put("comment_policy", "approve_all");

        long id = postAs(session(), "stranger@example.com", "Welcome me");

        assertThat(comments.find(id).orElseThrow().status()).isEqualTo(CommentStatus.APPROVED);
    }

    @Test
    void ignoresAHeldListThatWasTamperedWith() throws IOException {
        long id = postAs(session(), "someone@example.com", "Held words");

        Document page = session().newRequest(url(post.permalink()))
                .cookie(OwnComments.COOKIE, id + ".0000000000000000").get();

        assertThat(page.select("#comment-" + id)).isEmpty();
    }
}
