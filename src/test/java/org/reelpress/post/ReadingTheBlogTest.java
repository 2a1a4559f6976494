package org.reelpress.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;

class ReadingTheBlogTest extends BlogTest {

    private Connection.Response fetch(String path) throws IOException {
        return session().newRequest(url(path)).execute();
    }

    @Test
    void servesAUnicodeSlugWhetherPercentEncodedOrRaw() throws IOException {
        MadePost post = fixtures.post("7번방의 선물", "A review in Korean.");
        String raw = post.permalink().substring(0, "/yyyy/mm/".length()) + Slugs.from(post.title()) + "/";

        assertThat(post.permalink()).contains("%EB%B2%88");
        assertThat(fetch(post.permalink()).statusCode()).isEqualTo(200);
        assertThat(get(raw).selectFirst("h1").text()).isEqualTo(post.title());
    }

    @Test
    void redirectsAPermalinkWithoutItsClosingSlash() throws IOException {
        MadePost post = fixtures.post("Slashless", "Text.");
        String withoutSlash = post.permalink().substring(0, post.permalink().length() - 1);

        Connection.Response response = fetch(withoutSlash);

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.header("Location")).endsWith(post.permalink());
    }

    @Test
    void redirectsAKnownSlugUnderTheWrongDateToItsPermalink() throws IOException {
        MadePost post = fixtures.post("Moved in time", "Text.");
        String wrongDate = "/1999/01" + post.permalink().substring("/yyyy/mm".length());

        Connection.Response response = fetch(wrongDate);

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.header("Location")).endsWith(post.permalink());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/no-such-page", "/2013/01/no-such-review/", "/category/no-such-category/",
            "/tag/no-such-tag/", "/page/999/", "/page/abc/", "/page/0/", "/avatars/not-a-name.svg",
            "/error", "/%65rror", "/err%6Fr/x"})
    void answersUnknownAddressesWithTheNotFoundPage(String path) throws IOException {
        Connection.Response response = fetch(path);

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = response.parse();
        assertThat(page.selectFirst("h1").text()).isEqualTo("Nothing here");
        assertThat(page.selectFirst(".site-title")).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/?page=abc", "/?paged=-5", "/?replytocom=xyz", "/?p=%00"})
    void ignoresJunkQueryParametersOnTheFrontPage(String path) throws IOException {
        assertThat(fetch(path).statusCode()).isEqualTo(200);
    }

    @Test
    void ignoresAJunkReplyTarget() throws IOException {
        MadePost post = fixtures.post("Junk reply", "Text.");

        for (String junk : new String[]{"abc", "-1", "99999999999999999999", "0"}) {
            Connection.Response response = fetch(post.permalink() + "?replytocom=" + junk);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.parse().select("#respond-home #respond")).hasSize(1);
        }
    }

    @Test
    void listsReviewsInCategoryAndTagArchives() {
        assertThat(get("/category/film/").select("article.summary h2").eachText()).containsExactly("A Page of Madness (狂った一頁)");
        assertThat(get("/tag/silent-film/").selectFirst("h1").text()).isEqualTo("Tag: Silent film");
    }

    @Test
    void showsEachReviewOnTheFrontPageWithItsExcerptAndCommentCount() {
        var summary = summaryOf("A Page of Madness (狂った一頁)");

        assertThat(summary.selectFirst(".excerpt").text()).startsWith("Teinosuke Kinugasa made A Page of Madness");
        assertThat(summary.selectFirst(".rating").attr("aria-label")).isEqualTo("Rated 4.5 out of 5");
        assertThat(summary.selectFirst(".meta a").text()).endsWith("thoughts");
    }

    @Test
    void pagesTheFrontPageWhenThereAreMoreReviewsThanFitOnOne() {
        for (int i = 0; i < 11; i++) {
            fixtures.post("Filler", "Text.");
        }

        var first = get("/");
        assertThat(first.select("article.summary")).hasSize(10);
        String older = first.selectFirst(".paging a.older").attr("href");
        assertThat(older).isEqualTo("/page/2/");
        assertThat(get(older).select("article.summary")).isNotEmpty();
    }
}
