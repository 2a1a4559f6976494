package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;

/**
 * Two top-level comments to a page. The review has five threads, A to E, posted in that order;
 * B's reply comes last of all, so it is newer than everything on the later pages.
 */
class PagingCommentsTest extends BlogTest {

    private MadePost post;
    private long a, b, c, d, e, dReply, bLateReply;

    @BeforeEach
    void aReviewWithFiveThreads() {
        settings.put("comments_per_page", "2");
        post = fixtures.post("Much discussed review", "Text.");
        a = fixtures.comment(post, null, "Ana", "A");
        b = fixtures.comment(post, null, "Bo", "B");
        c = fixtures.comment(post, null, "Cy", "C");
        d = fixtures.comment(post, null, "Di", "D");
        dReply = fixtures.comment(post, d, "Ed", "D's reply");
        e = fixtures.comment(post, null, "Fa", "E");
        bLateReply = fixtures.comment(post, b, "Gi", "B's late reply");
    }

    @AfterEach
    void backToTheDefaults() {
        settings.put("comments_per_page", "50");
        settings.put("comment_order", "oldest");
    }

    private static List<Long> shown(Document page) {
        return page.select("#comments li.comment").stream().map(li -> Long.parseLong(li.id().substring("comment-".length()))).toList();
    }

    private String page(int n) {
        return post.permalink() + "comment-page-" + n + "/";
    }

    @Nested
    class OldestFirst {

        @Test
        void showsTheOldestThreadsAtTheReviewsAddressWithAllTheirReplies() {
            assertThat(shown(get(post.permalink()))).containsExactly(a, b, bLateReply);
        }

        @Test
        void showsEachLaterPageItsOwnThreads() {
            assertThat(shown(get(page(2)))).containsExactly(c, d, dReply);
            assertThat(shown(get(page(3)))).containsExactly(e);
        }

        @Test
        void keepsAReplyWithItsThreadOnThePageOfTheThread() {
            Document first = get(post.permalink());

            assertThat(first.select("#comment-" + b + " > ol.children > #comment-" + bLateReply)).hasSize(1);
            assertThat(shown(get(page(3)))).doesNotContain(bLateReply);
        }

        @Test
        void countsEveryApprovedCommentInTheHeadingOnEveryPage() {
            assertThat(get(page(2)).selectFirst("#comments-title").text()).startsWith("7 thoughts on");
            assertThat(get(post.permalink()).selectFirst("#comments-title").text()).startsWith("7 thoughts on");
        }

        @Test
        void linksEachPageToItsNeighbours() {
            Element nav = get(page(2)).selectFirst("nav.comment-navigation");

            assertThat(nav.selectFirst("a[rel=prev]").attr("href")).isEqualTo(post.permalink() + "#comments");
            assertThat(nav.selectFirst("a[rel=prev]").text()).isEqualTo("Older comments");
            assertThat(nav.selectFirst("a[rel=next]").attr("href")).isEqualTo(page(3) + "#comments");
            assertThat(get(post.permalink()).select("nav.comment-navigation a[rel=prev]")).isEmpty();
            assertThat(get(page(3)).select("nav.comment-navigation a[rel=next]")).isEmpty();
        }

        @Test
        void pointsReplyLinksAtThePageTheThreadIsOn() {
            Document second = get(page(2));

            assertThat(second.selectFirst("#comment-" + c + " .comment-reply-link").attr("href"))
                    .isEqualTo(page(2) + "?replytocom=" + c + "#respond");
            assertThat(get(page(2) + "?replytocom=" + c).select("#comment-" + c + " #commentform")).hasSize(1);
        }
    }

    @Nested
    class NewestFirst {

        @BeforeEach
        void newestFirst() {
            settings.put("comment_order", "newest");
        }

        @Test
        void showsTheNewestPageAtTheReviewsAddress() {
            assertThat(shown(get(post.permalink()))).containsExactly(e);
        }

        @Test
        void putsTheNewerThreadFirstAndKeepsRepliesInTheOrderTheyCame() {
            MadePost busy = fixtures.post("Newest first review", "Text.");
            long first = fixtures.comment(busy, null, "Ana", "first");
            long reply1 = fixtures.comment(busy, first, "Bo", "reply one");
            long second = fixtures.comment(busy, null, "Cy", "second");
            long reply2 = fixtures.comment(busy, first, "Di", "reply two");

            assertThat(shown(get(busy.permalink()))).containsExactly(second, first, reply1, reply2);
        }

        @Test
        void numbersPagesFromTheOldestSoThatOlderPagesKeepTheirAddress() {
            assertThat(shown(get(page(2)))).containsExactly(d, dReply, c);
            assertThat(shown(get(page(1)))).containsExactly(b, bLateReply, a);
            assertThat(get(post.permalink()).selectFirst("nav a[rel=prev]").attr("href")).isEqualTo(page(2) + "#comments");
        }
    }

    @Nested
    class FindingAComment {

        @Test
        void sendsACommentsLastingAddressToThePageAndAnchorThatShowIt() throws IOException {
            assertThat(locationOf("/comments/" + c)).isEqualTo(page(2) + "#comment-" + c);
            assertThat(locationOf("/comments/" + dReply)).isEqualTo(page(2) + "#comment-" + dReply);
            assertThat(locationOf("/comments/" + bLateReply)).isEqualTo(post.permalink() + "#comment-" + bLateReply);
            assertThat(locationOf("/comments/" + e)).isEqualTo(page(3) + "#comment-" + e);
        }

        @Test
        void sendsTheLastingAddressToTheReviewsOwnAddressForTheNewestPageWhenNewestComeFirst() throws IOException {
            settings.put("comment_order", "newest");

            assertThat(locationOf("/comments/" + e)).isEqualTo(post.permalink() + "#comment-" + e);
            assertThat(locationOf("/comments/" + a)).isEqualTo(page(1) + "#comment-" + a);
        }

        @Test
        void findsNoHeldOrUnknownComment() throws IOException {
            long held = fixtures.comment(post, null, "Hal", "held", CommentStatus.PENDING);

            assertThat(session().url(url("/comments/" + held)).execute().statusCode()).isEqualTo(404);
            assertThat(session().url(url("/comments/999999999")).execute().statusCode()).isEqualTo(404);
            assertThat(session().url(url("/comments/x1")).execute().statusCode()).isEqualTo(404);
        }

        @Test
        void sendsTheNewCommentsAuthorToThePageThatHoldsIt() throws IOException {
            Connection browser = session();
            Document form = browser.newRequest(url(post.permalink())).get();
            String token = form.selectFirst("#commentform input[name=_csrf]").val();

            Connection.Response posted = browser.newRequest(url("/comments")).method(Connection.Method.POST)
                    .data(Map.of("_csrf", token, "post", String.valueOf(post.id()), "comment", "The sixth thread",
                            "name", "Hana", "email", "hana@example.com"))
                    .execute();

            String location = posted.header("Location");
            assertThat(posted.statusCode()).isEqualTo(303);
            assertThat(location).startsWith(page(3) + "#comment-");
            String anchor = location.substring(location.indexOf('#') + 1);
            assertThat(browser.newRequest(url(location)).get().select("#" + anchor)).hasSize(1);
        }

        private String locationOf(String path) throws IOException {
            Connection.Response response = session().url(url(path)).execute();
            assertThat(response.statusCode()).isEqualTo(302);
            return response.header("Location").replaceFirst("^https?://[^/]+", "");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "4", "abc", "-1", "99999999999999999999", "1x"})
    void answersAPageNumberThatNamesNoPageWithNotFound(String number) {
        try {
            Connection.Response response = session().url(url(post.permalink() + "comment-page-" + number + "/")).execute();
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.parse().selectFirst("h1").text()).isEqualTo("Nothing here");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @Test
    void costsTheSameQueriesForAPageOfSixHundredCommentsAsForSix() {
        settings.put("comments_per_page", "50");
        MadePost small = fixtures.post("Six comments", "Text.");
        for (int i = 0; i < 6; i++) {
            fixtures.comment(small, null, "Reader " + i, "Comment " + i);
        }
        MadePost big = fixtures.post("Six hundred comments", "Text.");
        long parent = 0;
        for (int i = 0; i < 600; i++) {
            parent = fixtures.comment(big, i % 3 == 0 ? null : parent, "Reader " + i, "Comment " + i);
        }

        long smallPage = statementsFor(small.permalink());
        long bigFirstPage = statementsFor(big.permalink());
        long bigLastPage = statementsFor(big.permalink() + "comment-page-4/");

        assertThat(get(big.permalink() + "comment-page-2/").select("ol.comment-list > li.comment")).hasSize(50);
        assertThat(get(big.permalink() + "comment-page-4/").select("li.comment")).hasSize(150);
        assertThat(bigFirstPage).isEqualTo(smallPage).isEqualTo(bigLastPage);
    }
}
