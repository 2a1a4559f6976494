package org.reelpress.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Connection;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.comment.CommentStatus;

class CommentFeedsTest extends BlogTest {

    private MadePost post;
    private long first;
    private long reply;
    private long held;

    @BeforeEach
    void aReviewWithComments() {
        post = fixtures.post("Review with a feed", "Text.");
        first = fixtures.comment(post, null, "Ana Lee", "The *first* word");
        reply = fixtures.comment(post, first, "Bo Park", "A reply");
        held = fixtures.comment(post, null, "Cy Held", "Waiting for a moderator", CommentStatus.PENDING);
    }

    private Connection.Response fetch(String path) throws IOException {
        return session().url(url(path)).ignoreContentType(true).execute();
    }

    private static SyndFeed parse(Connection.Response response) throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        return feed;
    }

    @Test
    void listsAReviewsApprovedCommentsNewestFirstAsAtom() throws Exception {
        Connection.Response response = fetch(post.permalink() + "feed/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/atom+xml");
        SyndFeed feed = parse(response);
        assertThat(feed.getTitle()).isEqualTo("Comments on “" + post.title() + "”");
        assertThat(feed.getEntries()).extracting(SyndEntry::getAuthor).containsExactly("Bo Park", "Ana Lee");
        assertThat(feed.getEntries()).extracting(SyndEntry::getUri)
                .containsExactly(url("/comments/" + reply), url("/comments/" + first));
        assertThat(feed.getEntries().getLast().getContents().getFirst().getValue()).contains("<em>first</em>");
    }

    @Test
    void keepsEachEntrysIdFromOneFetchToTheNext() throws Exception {
        List<String> before = parse(fetch(post.permalink() + "feed/")).getEntries().stream().map(SyndEntry::getUri).toList();
        fixtures.comment(post, null, "Di", "Later");

        List<String> after = parse(fetch(post.permalink() + "feed/")).getEntries().stream().map(SyndEntry::getUri).toList();

        assertThat(after).hasSize(3).endsWith(before.toArray(String[]::new));
    }

    @Test
    void neverShowsAnEmailAddressOrAHeldComment() throws Exception {
        String review = fetch(post.permalink() + "feed/").body();
        String blog = fetch("/comments/feed/").body();

        assertThat(review + blog).doesNotContain("@example.com").doesNotContain("Waiting for a moderator");
        assertThat(review).doesNotContain("/comments/" + held + "<");
    }

    @Test
    void listsTheNewestApprovedCommentsOfTheWholeBlog() throws Exception {
        MadePost other = fixtures.post("Another review with a feed", "Text.");
        long elsewhere = fixtures.comment(other, null, "Eun", "Elsewhere");

        SyndFeed feed = parse(fetch("/comments/feed/"));

        assertThat(feed.getEntries()).extracting(SyndEntry::getUri).startsWith(url("/comments/" + elsewhere), url("/comments/" + reply));
        assertThat(feed.getEntries().getFirst().getTitle()).isEqualTo("By Eun on “" + other.title() + "”");
    }

    @Test
    void isAnnouncedInTheReviewPagesHead() {
        Element link = get(post.permalink()).selectFirst("head link[rel=alternate][type=application/atom+xml]");

        assertThat(link.attr("href")).isEqualTo(post.permalink() + "feed/");
    }

    @Test
    void answersAnUnknownReviewsFeedWithNotFound() throws IOException {
        assertThat(fetch("/2001/01/no-such-review/feed/").statusCode()).isEqualTo(404);
    }
}
