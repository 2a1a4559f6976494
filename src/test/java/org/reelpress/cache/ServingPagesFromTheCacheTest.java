package org.reelpress.cache;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.identity.Role;
import org.reelpress.identity.UserFixtures;
import org.reelpress.post.PostChanged;
import org.reelpress.work.WorkChanged;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@TestPropertySource(properties = "reelpress.page-cache.enabled=true")
class ServingPagesFromTheCacheTest extends BlogTest {

    @Autowired
    JdbcClient db;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aSecondAnonymousReaderGetsTheReviewWithoutTouchingTheDatabase() throws IOException {
        MadePost post = fixtures.post("Cached once", "Read by many.");
        Document first = get(post.permalink());

        long before = statements.count();
        Document second = get(post.permalink());

        assertThat(statements.count() - before).isZero();
        assertThat(second.select("h1").text()).isEqualTo(first.select("h1").text());
    }

    @Test
    void everyReaderGetsTheirOwnFormTokenAndCanCommentFromTheKeptPage() throws IOException {
        MadePost post = fixtures.post("Own tokens", "Text.");
        get(post.permalink()); // now kept

        Connection ana = session();
        Connection ben = session();
        String anasToken = token(ana.newRequest(url(post.permalink())).get());
        String bensToken = token(ben.newRequest(url(post.permalink())).get());
        long comment = asGuest(ana, post, "Posted from a page served out of the cache.");

        assertThat(anasToken).isNotEqualTo(bensToken);
        assertThat(comment).isPositive();
    }

    @Test
    void aNewApprovedCommentShowsOnTheNextReadAndInTheFrontPagesCount() throws IOException {
        MadePost post = fixtures.post("Fresh after a comment", "Text.");
        get(post.permalink());
        get("/");

        asGuest(session(), post, "Seen at once by the next reader.");

        assertThat(get(post.permalink()).select("li.comment").text()).contains("Seen at once by the next reader.");
        assertThat(summaryOf(post.title()).text()).contains("One thought");
    }

    @Test
    void anEditedPostIsFreshOnceItsChangeIsAnnounced() {
        MadePost post = fixtures.post("Before the edit", "Old words.");
        get(post.permalink());
        db.sql("UPDATE posts SET html = '<p>New words.</p>' WHERE id = :id").param("id", post.id()).update();

        events.publishEvent(new PostChanged(post.id()));

        assertThat(get(post.permalink()).text()).contains("New words.").doesNotContain("Old words.");
    }

    @Test
    void anEditedWorkShowsOnTheReviewsOfIt() {
        MadePost post = fixtures.post("Of a retitled film", "Text.");
        long work = db.sql("""
                INSERT INTO works (kind, slug, title, original_title, created_at) VALUES ('film', :slug, 'A Film', 'Working Title', 0) RETURNING id""")
                .param("slug", "retitled-" + post.id()).query(Long.class).single();
        db.sql("UPDATE posts SET work_id = :work WHERE id = :id").param("work", work).param("id", post.id()).update();
        events.publishEvent(new PostChanged(post.id()));
        assertThat(get(post.permalink()).text()).contains("Working Title");

        db.sql("UPDATE works SET original_title = 'Release Title' WHERE id = :id").param("id", work).update();
        events.publishEvent(new WorkChanged(work)); // as the works page announces an edit

        assertThat(get(post.permalink()).text()).contains("Release Title").doesNotContain("Working Title");
    }

    @Test
    void aChangedSettingShowsOnTheNextRead() {
        MadePost post = fixtures.post("Under a new title", "Text.");
        get(post.permalink());
        String before = settings.site().title();
        try {
            settings.put("title", "A Renamed Blog");
            assertThat(get(post.permalink()).select("header").text()).contains("A Renamed Blog");
        } finally {
            settings.put("title", before);
        }
    }

    @Test
    void aSignedInReaderGetsTheirOwnPageAndOthersStillTheKeptOne() throws IOException {
        MadePost post = fixtures.post("Personal parts", "Text.");
        get(post.permalink());
        UserFixtures.Account writer = users.create(Role.AUTHOR, "Cached Reader");

        Document theirs = signedIn(writer).newRequest(url(post.permalink())).get();
        Document anonymous = get(post.permalink());

        assertThat(theirs.select(".signed-in").text()).contains("Cached Reader");
        assertThat(anonymous.select(".signed-in")).isEmpty();
    }

    @Test
    void aHeldCommentIsShownToItsAuthorAndToNobodyElse() throws IOException {
        MadePost post = fixtures.post("Held for one", "Text.");
        get(post.permalink());
        settings.put("comment_policy", "hold_all");
        Connection author = session();

        asGuest(author, post, "Waiting for a moderator.");

        assertThat(author.newRequest(url(post.permalink())).get().text()).contains("Waiting for a moderator.");
        assertThat(get(post.permalink()).text()).doesNotContain("Waiting for a moderator.");
    }

    @Test
    void theFrontPageIsTheSameBytesForEveryoneGzippedWithAnETagThatAnswers304() throws IOException {
        get("/");
        Connection.Response kept = session().newRequest(url("/")).header("Accept-Encoding", "gzip").execute();

        Connection.Response again = session().newRequest(url("/")).header("If-None-Match", kept.header("ETag")).execute();

        assertThat(kept.header("Content-Encoding")).isEqualTo("gzip");
        assertThat(kept.header("Cache-Control")).isEqualTo("public, no-cache");
        assertThat(kept.parse().select("article.summary")).isNotEmpty();
        assertThat(again.statusCode()).isEqualTo(304);
    }

    @Test
    void aKeptPageIsSentWithTheHeadersOfThePageAsRendered() throws IOException {
        MadePost post = fixtures.post("Same headers", "Kept with its headers.");
        for (String path : List.of(post.permalink(), "/")) {
            Connection.Response rendered = session().newRequest(url(path)).execute();
            long before = statements.count();
            Connection.Response kept = session().newRequest(url(path)).execute();

            assertThat(statements.count() - before).as("%s came from the cache", path).isZero();
            assertThat(lasting(kept)).as(path).isEqualTo(lasting(rendered));
            assertThat(kept.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(kept.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(kept.header("Link")).contains("rel=\"https://api.w.org/\"");
        }
    }

    @Test
    void aKeptPageSaysItIsInTheBlogsLanguageWhateverItsFirstReaderAskedFor() throws IOException {
        MadePost post = fixtures.post("In the blog's language", "Text.");
        String language = settings.site().language();

        Connection.Response rendered = session().newRequest(url(post.permalink())).header("Accept-Language", "de-DE").execute();
        Connection.Response kept = session().newRequest(url(post.permalink())).header("Accept-Language", "ko-KR").execute();

        assertThat(rendered.header("Content-Language")).isEqualTo(language);
        assertThat(kept.header("Content-Language")).isEqualTo(language);
        assertThat(kept.parse().selectFirst("html").attr("lang")).isEqualTo(language);
    }

    @Test
    void aReaderWithoutTheFormCookieGetsOneWithAKeptPageAndTheTokenMatchesIt() throws IOException {
        MadePost post = fixtures.post("Token cookie", "Text.");
        get(post.permalink());

        Connection reader = session();
        Connection.Response kept = reader.newRequest(url(post.permalink())).execute();
        String again = token(reader.newRequest(url(post.permalink())).get());

        assertThat(kept.cookie("reelpress_form")).isNotBlank();
        assertThat(token(kept.parse())).isNotEqualTo(again).as("masked afresh for each page");
        assertThat(asGuest(reader, post, "Sent with the token of a kept page.")).isPositive();
    }

    @Test
    void everyNewReaderGetsATokenOfTheirOwnAndCannotPostWithAnothersPage() throws IOException {
        MadePost post = fixtures.post("Tokens of their own", "Text.");
        get(post.permalink());

        Set<String> cookies = new HashSet<>();
        for (int reader = 0; reader < 20; reader++) {
            cookies.add(session().newRequest(url(post.permalink())).execute().cookie("reelpress_form"));
        }
        assertThat(cookies).hasSize(20).allSatisfy(cookie -> assertThat(cookie).hasSizeGreaterThanOrEqualTo(32));

        Connection victim = session();
        Document victimsPage = victim.newRequest(url(post.permalink())).get();
        Connection attacker = session();
        attacker.newRequest(url(post.permalink())).get();
        Connection.Response forged = attacker.newRequest(url("/comments")).method(Connection.Method.POST)
                .data("_csrf", token(victimsPage)).data("stamp", victimsPage.selectFirst("#commentform input[name=stamp]").val())
                .data("post", String.valueOf(post.id())).data("comment", "Sent with someone else's token.")
                .data("name", "Forger").data("email", "forger@example.com").ignoreHttpErrors(true).execute();
        assertThat(String.valueOf(forged.header("Location"))).doesNotContain("#comment-");
        assertThat(db.sql("SELECT count(*) FROM comments WHERE post_id = ?").param(post.id()).query(Long.class).single())
                .as("no comment made").isZero();
    }

    /** The headers a reader keeps seeing: not the date, the reader's own cookie, or how the body was framed and compressed. */
    private static Map<String, List<String>> lasting(Connection.Response answer) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        answer.multiHeaders().forEach((name, values) -> {
            if (!List.of("date", "set-cookie", "content-length", "content-encoding", "transfer-encoding", "keep-alive", "connection")
                    .contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, values);
            }
        });
        return headers;
    }

    /** Posts a guest comment through the review's form as served to {@code browser}; returns where the blog sent it. */
    private long asGuest(Connection browser, MadePost post, String text) throws IOException {
        Document page = browser.newRequest(url(post.permalink())).get();
        Connection.Response answer = browser.newRequest(url("/comments")).method(Connection.Method.POST)
                .data("_csrf", token(page)).data("stamp", page.selectFirst("#commentform input[name=stamp]").val())
                .data("post", String.valueOf(post.id())).data("comment", text)
                .data("name", "Guest Reader").data("email", "guest.reader@example.com").execute();
        assertThat(answer.header("Location")).contains("#comment-");
        return Long.parseLong(answer.header("Location").replaceAll(".*#comment-", ""));
    }

    private static String token(Document page) {
        return page.selectFirst("#commentform input[name=_csrf]").val();
    }
}
