package org.reelpress.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.comment.CommentRepository;
import org.reelpress.comment.CommentStatus;
import org.reelpress.comment.DiscussionChanged;
import org.reelpress.comment.NewComment;
import org.reelpress.post.Markdown;
import org.reelpress.post.PostChanged;
import org.reelpress.post.Taxonomy;
import org.reelpress.post.Term;
import org.reelpress.post.TermRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The whole XSS corpus against every place text from readers and writers reaches a reader: the review
 * page with its JSON-LD, lists, search, feeds and the REST API. The bulk is written straight through the
 * repositories with the blog's own rendering (as an import would, so no form check shields the output);
 * {@link XssThroughFormsTest} sends a sample through the real forms and API.
 */
class XssCorpusTest extends BlogTest {

    /** A discussion page shows 50 top-level comments and a comment feed 50 entries: each post takes fewer. */
    private static final int PER_POST = 45;

    @Autowired
    private CommentRepository comments;

    @Autowired
    private TermRepository terms;

    @Autowired
    private Markdown markdown;

    @Autowired
    private ApplicationEventPublisher events;

    private final List<String> payloads = payloads();

    /** The corpus as it is written to the database. */
    List<String> payloads() {
        return XssPayloads.all();
    }

    @Test
    void commentsNamesAndWebsitesStayInertOnPagesFeedsAndTheApi() {
        List<String> problems = new ArrayList<>();
        int shown = 0;
        for (List<String> chunk : XssPayloads.chunks(payloads, PER_POST)) {
            MadePost post = fixtures.post("Hostile discussion", "A review under attack.");
            for (String payload : chunk) {
                comments.add(NewComment.guest(post.id(), null, payload, "guest@example.com", payload, payload,
                        "127.0.0.1", "test"), markdown.renderComment(payload), CommentStatus.APPROVED, Instant.now());
            }
            events.publishEvent(new DiscussionChanged(post.id()));

            Document page = get(post.permalink());
            shown += page.select("li.comment").size();
            problems.addAll(XssChecks.inPage(page.outerHtml(), post.permalink()));
            problems.addAll(XssChecks.inFeed(text(post.permalink() + "feed/"), post.permalink() + "feed/"));
            problems.addAll(XssChecks.inFeed(text(post.permalink() + "feed/rss2/"), post.permalink() + "feed/rss2/"));
            problems.addAll(inApi("/wp-json/wp/v2/comments?per_page=100&post=" + post.id()));
        }
        problems.addAll(XssChecks.inFeed(text("/comments/feed/"), "/comments/feed/"));
        problems.addAll(XssChecks.inFeed(text("/comments/feed/rss2/"), "/comments/feed/rss2/"));

        assertThat(shown).as("comments shown").isEqualTo(payloads.size());
        assertThat(problems).isEmpty();
    }

    @Test
    void titlesTagsAndMarkdownStayInertOnPagesListsFeedsAndTheApi() {
        Term mark = terms.findOrCreate(Taxonomy.TAG, "hostile corpus " + System.nanoTime());
        List<String> problems = new ArrayList<>();
        List<MadePost> made = new ArrayList<>();
        for (List<String> chunk : XssPayloads.chunks(payloads, 50)) {
            MadePost post = fixtures.post("Hostile " + String.join(" ", chunk.subList(0, Math.min(10, chunk.size()))),
                    String.join("\n\n", chunk));
            terms.attach(post.id(), mark);
            chunk.stream().limit(3).forEach(payload -> terms.attach(post.id(), terms.findOrCreate(Taxonomy.TAG, payload)));
            events.publishEvent(new PostChanged(post.id()));
            made.add(post);
        }
        for (MadePost post : made) {
            String page = text(post.permalink());
            assertThat(page).contains("application/ld+json");
            problems.addAll(XssChecks.inPage(page, post.permalink()));
        }
        String tag = "/tag/" + mark.slug() + "/";
        for (String path = tag; path != null; ) {
            Document list = get(path);
            problems.addAll(XssChecks.inPage(list.outerHtml(), path));
            path = list.selectFirst(".paging a.older") == null ? null : list.selectFirst(".paging a.older").attr("href");
        }
        problems.addAll(XssChecks.inPage(text("/"), "/"));
        problems.addAll(XssChecks.inFeed(text(tag + "feed/"), tag + "feed/"));
        problems.addAll(XssChecks.inFeed(text(tag + "feed/atom/"), tag + "feed/atom/"));
        problems.addAll(XssChecks.inFeed(text("/feed/"), "/feed/"));
        problems.addAll(XssChecks.inFeed(text("/feed/atom/"), "/feed/atom/"));
        problems.addAll(inApi("/wp-json/wp/v2/posts?per_page=100&tags=" + mark.id()));
        problems.addAll(inApi("/wp-json/wp/v2/tags?per_page=100"));
        Document found = get("/?s=Hostile");
        assertThat(found.select(".search-hits li")).isNotEmpty();
        problems.addAll(XssChecks.inPage(found.outerHtml(), "/?s=Hostile"));

        assertThat(problems).isEmpty();
    }

    @Test
    void theSearchPageShowsEveryQueryAsText() {
        List<String> problems = new ArrayList<>();
        for (String payload : XssPayloads.handWritten()) {
            Connection.Response response = fetch(session().url(url("/")).data("s", payload));
            assertThat(response.statusCode()).as(payload).isLessThan(500);
            problems.addAll(XssChecks.inPage(response.body(), "/?s=" + XssChecks.shortly(payload)));
        }
        assertThat(problems).isEmpty();
    }

    /** Problems in a REST API answer: each "rendered" field as HTML, each address field as an address. */
    private List<String> inApi(String path) {
        Connection.Response response = fetch(session().url(url(path)).ignoreContentType(true)
                .header("Accept", "application/json"));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.contentType()).as(path).startsWith("application/json");
        return XssChecks.inJson(response.body(), path);
    }

    private String text(String path) {
        Connection.Response response = fetch(session().url(url(path)).ignoreContentType(true));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static Connection.Response fetch(Connection connection) {
        try {
            return connection.maxBodySize(0).execute();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
