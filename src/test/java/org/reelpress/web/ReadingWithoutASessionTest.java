package org.reelpress.web;

import java.io.IOException;

import org.jsoup.Connection;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;

import static org.assertj.core.api.Assertions.assertThat;

/** A reader who only reads leaves nothing on the server: no session is made for them. */
class ReadingWithoutASessionTest extends BlogTest {

    @Test
    void readingTheFrontPageAndAReviewWithItsFormStartsNoSession() throws IOException {
        MadePost post = fixtures.post("Read without a trace", "Text.");
        Connection reader = session();

        Connection.Response front = reader.newRequest(url("/")).execute();
        Connection.Response review = reader.newRequest(url(post.permalink())).execute();

        assertThat(front.cookies()).doesNotContainKey("JSESSIONID");
        assertThat(review.cookies()).doesNotContainKey("JSESSIONID");
        assertThat(review.parse().select("#commentform input[name=_csrf]").attr("value")).isNotBlank();
    }

    @Test
    void theFormsTokenStillHasToMatchItsReadersCookie() throws IOException {
        MadePost post = fixtures.post("Tokens still checked", "Text.");
        String token = session().newRequest(url(post.permalink())).execute().parse()
                .select("#commentform input[name=_csrf]").attr("value");

        // another browser, without the first one's cookie, sends the first one's form
        Connection.Response forged = session().newRequest(url("/comments")).method(Connection.Method.POST)
                .data("_csrf", token, "post", String.valueOf(post.id()), "comment", "Forged.", "name", "Mallory",
                        "email", "mallory@example.com").execute();

        assertThat(forged.statusCode()).isIn(303, 403);
        assertThat(String.valueOf(forged.header("Location"))).doesNotContain("#comment-");
        assertThat(get(post.permalink()).text()).doesNotContain("Forged.");
    }

    @Test
    void aNewReaderGetsTheFormsCookieOnceAndKeepsIt() throws IOException {
        MadePost post = fixtures.post("One cookie per reader", "Text.");
        Connection reader = session();

        Connection.Response first = reader.newRequest(url(post.permalink())).execute();
        Connection.Response again = reader.newRequest(url(post.permalink())).execute();

        assertThat(first.headers("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).matches("reelpress_form=[0-9a-f]{32}; Path=/; HttpOnly; SameSite=Lax"));
        assertThat(again.headers("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("reelpress_form="));
        assertThat(again.parse().select("#commentform input[name=_csrf]").attr("value")).isNotBlank();
    }
}
