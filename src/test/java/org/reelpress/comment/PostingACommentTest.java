package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;

class PostingACommentTest extends BlogTest {

    private Connection browser;
    private MadePost post;

    @BeforeEach
    void openAReview() {
        browser = session();
        post = fixtures.post("Review to discuss", "Something to talk about.");
    }

    private Document open(String path) throws IOException {
        return browser.newRequest(url(path)).get();
    }

    /** Sends the form as a browser would, with the token of the page it was shown on. */
    private Connection.Response send(Map<String, String> fields) throws IOException {
        Document page = open(post.permalink());
        String token = page.selectFirst("#commentform input[name=_csrf]").val();
        return browser.newRequest(url("/comments")).method(Connection.Method.POST)
                .data("_csrf", token).data("stamp", page.selectFirst("#commentform input[name=stamp]").val())
                .data("post", String.valueOf(post.id())).data(fields).execute();
    }

    private static Map<String, String> guest(String comment) {
        return Map.of("comment", comment, "name", "Hana Kim", "email", "hana@example.com", "url", "");
    }

    @Test
    void storesAGuestCommentAndSendsTheReaderToItsPermalink() throws IOException {
        Connection.Response response = send(guest("정말 좋은 리뷰예요. Thank you!"));

        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.header("Location");
        assertThat(location).startsWith(post.permalink()).containsPattern("#comment-\\d+$");
        String anchor = location.substring(location.indexOf('#') + 1);
        Document page = open(location);
        assertThat(page.selectFirst("#" + anchor + " .comment-content").text()).isEqualTo("정말 좋은 리뷰예요. Thank you!");
        assertThat(page.selectFirst("#" + anchor + " .comment-author").text()).isEqualTo("Hana Kim");
        assertThat(page.selectFirst("#comments-title").text()).startsWith("One thought on");
    }

    @Test
    void neverShowsTheCommentersEmailAddress() throws IOException {
        send(guest("A comment with a hidden address"));

        assertThat(open(post.permalink()).html()).doesNotContain("hana@example.com");
    }

    @Test
    void linksTheAuthorsWebsiteWithoutEndorsingIt() throws IOException {
        send(Map.of("comment", "Mine", "name", "Hana", "email", "hana@example.com", "url", "example.org/hana"));

        assertThat(open(post.permalink()).selectFirst(".comment-author a").attr("rel")).isEqualTo("nofollow ugc");
        assertThat(open(post.permalink()).selectFirst(".comment-author a").attr("href")).isEqualTo("https://example.org/hana");
    }

    @Test
    void postsAReplyUnderItsParent() throws IOException {
        long parent = fixtures.comment(post, null, "Ana", "First!");

        Connection.Response response = send(Map.of("comment", "A reply", "name", "Bo", "email", "bo@example.com",
                "parent", String.valueOf(parent)));

        String anchor = response.header("Location").replaceAll(".*#", "");
        assertThat(open(post.permalink()).select("#comment-" + parent + " > ol.children > #" + anchor)).hasSize(1);
    }

    @Nested
    class WhenTheFormIsNotRight {

        private Document refusedPage(Map<String, String> fields) throws IOException {
            Connection.Response response = send(fields);
            assertThat(response.statusCode()).isEqualTo(303);
            assertThat(response.header("Location")).endsWith("#respond");
            return open(response.header("Location"));
        }

        @Test
        void asksForACommentWhenItIsEmptyAndKeepsTheRest() throws IOException {
            Document page = refusedPage(Map.of("comment", "   ", "name", "Hana Kim", "email", "hana@example.com"));

            assertThat(page.selectFirst("#comment-error").text()).contains("write a comment");
            assertThat(page.selectFirst("#author").val()).isEqualTo("Hana Kim");
            assertThat(page.selectFirst("#email").val()).isEqualTo("hana@example.com");
            assertThat(page.selectFirst("#comments-title").text()).isEqualTo("No thoughts yet");
        }

        @Test
        void refusesAnOversizedCommentKeepingEveryCharacterTyped() throws IOException {
            String tooLong = "가".repeat(10_001);

            Document page = refusedPage(guest(tooLong));

            assertThat(page.selectFirst("#comment-error").text()).contains("10,000");
            assertThat(page.selectFirst("#comment").text()).isEqualTo(tooLong);
        }

        @Test
        void explainsABadEmailAndWebsiteNextToTheirFields() throws IOException {
            Document page = refusedPage(Map.of("comment", "Kept text", "name", "Hana", "email", "not-an-address",
                    "url", "javascript:alert(1)"));

            assertThat(page.selectFirst("#email-error").text()).contains("e-mail address");
            assertThat(page.selectFirst("#url-error").text()).contains("web address");
            assertThat(page.selectFirst("#comment").text()).isEqualTo("Kept text");
            assertThat(page.selectFirst("#email").attr("aria-invalid")).isEqualTo("true");
        }

        @Test
        void refusesAReplyToACommentOfAnotherPost() throws IOException {
            MadePost other = fixtures.post("Another review", "Elsewhere.");
            long elsewhere = fixtures.comment(other, null, "Ana", "Over here");

            Document page = refusedPage(Map.of("comment", "Lost reply", "name", "Bo", "email", "bo@example.com",
                    "parent", String.valueOf(elsewhere)));

            assertThat(page.selectFirst("#parent-error")).isNotNull();
            assertThat(page.selectFirst("#comment").text()).isEqualTo("Lost reply");
            assertThat(open(other.permalink()).selectFirst("#comments-title").text()).startsWith("One thought");
        }
    }

    @Test
    void answersAnOversizedFormWithTheTooLargePage() throws IOException {
        Connection.Response huge = send(guest("x".repeat(1_500_000)));

        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.parse().selectFirst("h1").text()).isEqualTo("Too large");
    }

    @Test
    void bringsTheTextBackWhenTheFormsTokenIsStale() throws IOException {
        Connection.Response stale = browser.newRequest(url("/comments")).method(Connection.Method.POST)
                .header("Referer", url(post.permalink()))
                .data("_csrf", "stale-token").data("post", String.valueOf(post.id())).data(guest("긴 댓글을 썼는데 사라지면 안 돼요"))
                .execute();

        assertThat(stale.statusCode()).isEqualTo(303);
        assertThat(stale.header("Location")).isEqualTo(post.permalink() + "#respond");
        Document form = open(stale.header("Location"));
        assertThat(form.selectFirst("#comment").text()).isEqualTo("긴 댓글을 썼는데 사라지면 안 돼요");
        assertThat(form.selectFirst("#author").val()).isEqualTo("Hana Kim");
        assertThat(form.selectFirst("#comment-error").text()).contains("open too long");
        assertThat(form.selectFirst("#comments-title").text()).isEqualTo("No thoughts yet");
    }

    @Test
    void answersAFormWithoutItsTokenWithAForbiddenPageAndNoStackTrace() throws IOException {
        Connection.Response response = browser.newRequest(url("/comments")).method(Connection.Method.POST)
                .data("post", String.valueOf(post.id())).data(guest("No token")).execute();

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("Not allowed").doesNotContain("Exception", "at org.");
    }

    @Test
    void answersACommentOnAPostThatDoesNotExistWithNotFound() throws IOException {
        Document page = open(post.permalink());
        String token = page.selectFirst("#commentform input[name=_csrf]").val();

        for (String junk : new String[]{"999999", "abc", "-1", "99999999999999999999999"}) {
            Connection.Response response = browser.newRequest(url("/comments")).method(Connection.Method.POST)
                    .data("_csrf", token).data("post", junk).data(guest("Lost")).execute();
            assertThat(response.statusCode()).as("post=" + junk).isEqualTo(404);
        }
    }

    @Test
    void remembersTheCommenterOnlyWhenAsked() throws IOException {
        send(Map.of("comment", "Hello", "name", "Hana Kim", "email", "hana@example.com", "url", "", "remember", "yes"));

        Document later = open(post.permalink());
        assertThat(later.selectFirst("#author").val()).isEqualTo("Hana Kim");
        assertThat(later.selectFirst("#remember").hasAttr("checked")).isTrue();

        send(Map.of("comment", "Again", "name", "Hana Kim", "email", "hana@example.com", "url", ""));

        assertThat(open(post.permalink()).selectFirst("#author").val()).isEmpty();
    }
}
