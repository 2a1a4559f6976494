package org.reelpress.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jsoup.Connection;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;

/** Feed readers and crawlers that ask again get "not modified" until something changed. */
class FeedCachingTest extends BlogTest {

    private Connection.Response fetch(String path, String header, String value) throws IOException {
        Connection request = session().url(url(path)).ignoreContentType(true);
        if (header != null) {
            request.header(header, value);
        }
        return request.execute();
    }

    @Test
    void answersTheSameFeedWithNotModifiedByETagUntilAReviewIsPublished() throws IOException {
        for (String path : new String[] {"/feed/", "/feed/atom/", "/comments/feed/", "/comments/feed/rss2/", "/sitemap.xml"}) {
            Connection.Response first = fetch(path, null, null);
            String etag = first.header("ETag");
            assertThat(etag).as(path).matches("\"[0-9a-f]{32}\"");

            Connection.Response again = fetch(path, "If-None-Match", etag);

            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(again.body()).as(path).isEmpty();
        }
        Connection.Response before = fetch("/feed/", null, null);
        fixtures.post("Changes the feed", "Text.", Instant.now().plus(1, ChronoUnit.SECONDS));

        Connection.Response after = fetch("/feed/", "If-None-Match", before.header("ETag"));

        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
        assertThat(after.body()).contains("Changes the feed");
    }

    @Test
    void answersWithNotModifiedSinceTheLastModifiedTime() throws IOException {
        var post = fixtures.post("Dated for caching", "Text.");
        fixtures.comment(post, null, "Dee", "A comment to date the feed");
        for (String path : new String[] {"/feed/", post.permalink() + "feed/", post.permalink() + "feed/rss2/"}) {
            Connection.Response first = fetch(path, null, null);
            String lastModified = first.header("Last-Modified");
            assertThat(lastModified).as(path).isNotBlank();

            assertThat(fetch(path, "If-Modified-Since", lastModified).statusCode()).as(path).isEqualTo(304);
            assertThat(fetch(path, "If-Modified-Since", "Thu, 01 Jan 2015 00:00:00 GMT").statusCode()).as(path).isEqualTo(200);
        }
    }

    @Test
    void servesAReviewsCommentsAsValidRssToo() throws Exception {
        var post = fixtures.post("Discussed in RSS", "Text.");
        long comment = fixtures.comment(post, null, "Rae Commenter", "Said *well*");

        Connection.Response response = fetch(post.permalink() + "feed/rss2/", null, null);

        assertThat(response.contentType()).startsWith("application/rss+xml");
        var feed = FeedRules.readRss(response.body());
        assertThat(feed.getEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.getLink()).isEqualTo(url("/comments/" + comment));
            assertThat(entry.getAuthor()).isEqualTo("Rae Commenter");
        });
        assertThat(response.body()).doesNotContain("rae.commenter@example.com");
        FeedRules.readAtom(fetch(post.permalink() + "feed/atom/", null, null).body());
        FeedRules.readAtom(fetch("/comments/feed/", null, null).body());
    }
}
