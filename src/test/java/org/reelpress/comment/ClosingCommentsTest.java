package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;

/** The blog closes a review's discussion a week after it was published. */
class ClosingCommentsTest extends BlogTest {

    private MadePost older;
    private MadePost newer;
    private long oldComment;

    @BeforeEach
    void closeAfterAWeek() {
        settings.put("comments_close_after_days", "7");
        older = fixtures.post("Eight days old", "Text.", Instant.now().minus(Duration.ofDays(8)));
        newer = fixtures.post("Six days old", "Text.", Instant.now().minus(Duration.ofDays(6)));
        oldComment = fixtures.comment(older, null, "Ana", "Said in time");
    }

    @AfterEach
    void neverClose() {
        settings.put("comments_close_after_days", "0");
    }

    @Test
    void saysCommentsAreClosedInsteadOfShowingTheForm() {
        Document page = get(older.permalink());

        assertThat(page.select("#commentform")).isEmpty();
        assertThat(page.selectFirst(".comments-closed").text()).isEqualTo("Comments are closed on this review.");
        assertThat(page.select("#comment-" + oldComment + " .comment-reply-link")).isEmpty();
        assertThat(page.select("#comment-" + oldComment)).hasSize(1);
    }

    @Test
    void keepsTheFormOnAReviewYoungerThanTheLimit() {
        assertThat(get(newer.permalink()).select("#commentform")).hasSize(1);
    }

    @Test
    void takesEveryDiscussionAgainWhenTheLimitIsLifted() {
        settings.put("comments_close_after_days", "0");

        assertThat(get(older.permalink()).select("#commentform")).hasSize(1);
    }

    @Test
    void refusesACommentPostedAnywayWithAMessage() throws IOException {
        Connection browser = session();
        String token = browser.newRequest(url(newer.permalink())).get().selectFirst("#commentform input[name=_csrf]").val();

        Connection.Response response = browser.newRequest(url("/comments")).method(Connection.Method.POST)
                .data("_csrf", token).data("post", String.valueOf(older.id())).data("comment", "Too late?")
                .data("name", "Bo").data("email", "bo@example.com").execute();

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).startsWith(older.permalink());
        Document back = browser.newRequest(url(response.header("Location"))).get();
        assertThat(back.text()).contains("Comments are closed on this review.");
        assertThat(back.select("li.comment")).hasSize(1);
        assertThat(back.selectFirst("#comments-title").text()).startsWith("One thought");
    }
}
