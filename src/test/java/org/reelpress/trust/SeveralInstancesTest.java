package org.reelpress.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.comment.CommentStatus;
import org.reelpress.identity.Role;
import org.reelpress.identity.UserFixtures;
import org.reelpress.site.SettingsRepository;
import org.reelpress.storage.Engine;

/**
 * Two instances of the blog on one PostgreSQL database, each with its own page cache (on), search
 * index and data directory, behave as one blog: what is done through one shows through the other.
 */
class SeveralInstancesTest {

    private static BlogInstance one;
    private static BlogInstance two;

    @BeforeAll
    static void twoInstancesOnOneDatabase() {
        String database = Engine.POSTGRESQL.newDatabaseUrl();
        String[] settings = {"--reelpress.page-cache.enabled=true", "--reelpress.search.follow-interval=PT0.5S"};
        one = BlogInstance.start(database, BlogTest.newDataDir(), settings);
        one.bean(SettingsRepository.class).put("comment_policy", "approve_all");
        two = BlogInstance.start(database, BlogTest.newDataDir(), settings);
    }

    @AfterAll
    static void stop() {
        if (two != null) {
            two.close();
        }
        if (one != null) {
            one.close();
        }
    }

    @Test
    void aCommentPostedThroughOneShowsThroughTheOtherAtOnceThoughItKeptThePage() throws IOException {
        MadePost post = one.bean(Fixtures.class).post("Seen from both", "Text.");
        Connection reader = BlogTest.browserSession();
        assertThat(page(reader, two.url(post.permalink())).select("li.comment")).isEmpty(); // now kept by two
        assertThat(page(reader, two.url(post.permalink())).select("li.comment")).isEmpty(); // and served from its cache

        postComment(BlogTest.browserSession(), one, post, "Written through the first instance.");

        assertThat(within(Duration.ofSeconds(2), () -> page(reader, two.url(post.permalink())).select("li.comment").text()))
                .contains("Written through the first instance.");
        assertThat(page(reader, two.url("/")).text()).contains(post.title());
    }

    @Test
    void aModeratorSignedInThroughOneApprovesThroughTheOtherAndSignsOutOfBoth() throws IOException {
        MadePost post = one.bean(Fixtures.class).post("Moderated across", "Text.");
        long held = one.bean(Fixtures.class).comment(post, null, "Ida", "Waiting for a moderator.", CommentStatus.PENDING);
        Connection moderator = UserFixtures.signIn(BlogTest.browserSession(), one.url(""),
                one.bean(UserFixtures.class).create(Role.EDITOR, "Moderator"));
        Connection reader = BlogTest.browserSession();
        assertThat(page(reader, one.url(post.permalink())).text()).doesNotContain("Waiting for a moderator.");

        Document list = page(moderator, two.url("/admin/comments?post=" + post.id()));
        assertThat(list.select("#comment-" + held)).hasSize(1);
        Connection.Response approved = moderator.newRequest(two.url("/admin/comments/" + held + "/approve"))
                .method(Connection.Method.POST).data("_csrf", list.selectFirst("input[name=_csrf]").val()).execute();

        assertThat(approved.statusCode()).isEqualTo(303);
        assertThat(within(Duration.ofSeconds(2), () -> page(reader, one.url(post.permalink())).text()))
                .contains("Waiting for a moderator.");

        Document signedIn = page(moderator, two.url(post.permalink()));
        Connection.Response signedOut = moderator.newRequest(two.url("/signout")).method(Connection.Method.POST)
                .data("_csrf", signedIn.selectFirst(".signed-in input[name=_csrf]").val()).execute();
        assertThat(signedOut.header("Location")).isEqualTo("/");
        Connection.Response afterwards = moderator.newRequest(one.url("/admin/comments")).execute();
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.header("Location")).endsWith("/signin");
    }

    @Test
    void aReaderWhoOnlyReadsStartsNoSessionInTheDatabase() throws IOException {
        MadePost post = one.bean(Fixtures.class).post("Read anonymously", "Text.");

        Connection.Response review = BlogTest.browserSession().newRequest(two.url(post.permalink())).execute();

        assertThat(review.statusCode()).isEqualTo(200);
        assertThat(review.cookies()).doesNotContainKey("JSESSIONID");
    }

    @Test
    void aPostPublishedThroughOneIsFoundThroughTheOtherWithinSeconds() {
        MadePost post = one.bean(Fixtures.class).post("Searched across", "A word like zoetrope appears here.");
        String search = two.url("/?s=" + URLEncoder.encode("zoetrope", StandardCharsets.UTF_8));

        assertThat(within(Duration.ofSeconds(3), () -> page(BlogTest.browserSession(), search).select(".search-hits h2").text()))
                .contains(post.title());
    }

    @Test
    void aSettingChangedThroughOneShowsThroughTheOtherAtOnce() throws IOException {
        Connection reader = BlogTest.browserSession();
        String before = page(reader, two.url("/")).selectFirst(".site-title").text(); // kept by two, with its settings
        Connection admin = UserFixtures.signIn(BlogTest.browserSession(), one.url(""),
                one.bean(UserFixtures.class).create(Role.ADMINISTRATOR, "Owner"));

        Connection.Response saved = saveSettings(admin, Map.of("title", "Renamed through one"));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(before).isNotEqualTo("Renamed through one");
        assertThat(within(Duration.ofSeconds(2), () -> page(reader, two.url("/")).selectFirst(".site-title").text()))
                .isEqualTo("Renamed through one");
    }

    private static Connection.Response saveSettings(Connection admin, Map<String, String> changes) throws IOException {
        Document page = admin.newRequest(one.url("/admin/settings")).get();
        FormElement form = (FormElement) page.selectFirst("form.settings-form");
        Connection request = admin.newRequest(one.url("/admin/settings")).method(Connection.Method.POST);
        form.formData().forEach(pair -> request.data(pair.key(), changes.getOrDefault(pair.key(), pair.value())));
        return request.execute();
    }

    private static void postComment(Connection browser, BlogInstance instance, MadePost post, String text) throws IOException {
        Document page = page(browser, instance.url(post.permalink()));
        Connection.Response response = browser.newRequest(instance.url("/comments")).method(Connection.Method.POST)
                .data("_csrf", page.selectFirst("#commentform input[name=_csrf]").val())
                .data("stamp", page.selectFirst("#commentform input[name=stamp]").val())
                .data("post", String.valueOf(post.id())).data("parent", "")
                .data("name", "Guest Reader").data("email", "guest.reader@example.com")
                .data("comment", text).execute();
        assertThat(response.header("Location")).contains("#comment-");
    }

    private static Document page(Connection browser, String url) {
        try {
            Connection.Response response = browser.newRequest(url).execute();
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            return response.parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads until the answer differs from the first one, or {@code time} is up: a change reaches the other instance a moment later. */
    private static String within(Duration time, Supplier<String> read) {
        long deadline = System.nanoTime() + time.toNanos();
        String last = read.get();
        String first = last;
        while (System.nanoTime() < deadline && last.equals(first)) {
            BlogProcess.sleep(Duration.ofMillis(50));
            last = read.get();
        }
        return last;
    }
}
