package org.reelpress.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.HtmlChecker;
import org.reelpress.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.test.context.TestPropertySource;

// a blog of its own: it changes blog-wide settings and reads whole lists of reviews
@TestPropertySource(properties = "reelpress.test.blog=settings")
class ChangingSettingsTest extends BlogTest {

    private static final HtmlChecker CHECKER = new HtmlChecker();

    @Autowired
    ConfigurableApplicationContext context;

    /** The SettingsChanged events published while a test runs, from whichever thread served the request. */
    private final List<SettingsChanged> events = new CopyOnWriteArrayList<>();
    private final ApplicationListener<PayloadApplicationEvent<SettingsChanged>> listener = event -> events.add(event.getPayload());

    private Connection admin;

    @BeforeEach
    void signInAnAdministrator() {
        context.addApplicationListener(listener);
        admin = signedIn(users.create(Role.ADMINISTRATOR, "Settings Admin"));
    }

    /** Other test classes share this blog: put back what these tests change. */
    @AfterEach
    void restoreDefaults() {
        context.removeApplicationListener(listener);
        Map.of("posts_per_page", "10", "timezone", "UTC", "permalink_structure", "month_and_name",
                "date_format", "MMMM d, yyyy", "title", "Reelpress", "site_url", "", "thread_depth", "5")
                .forEach(settings::put);
    }

    /** Sends the settings form as a browser would, with these fields changed. */
    private Connection.Response save(Connection browser, Map<String, String> changes) throws IOException {
        Document page = browser.newRequest(url("/admin/settings")).get();
        FormElement form = (FormElement) page.selectFirst("form.settings-form");
        Connection request = browser.newRequest(url("/admin/settings")).method(Connection.Method.POST);
        form.formData().forEach(pair -> request.data(pair.key(), changes.getOrDefault(pair.key(), pair.value())));
        return request.execute();
    }

    @Test
    void showsTheFormWithTheSavedValuesAsValidHtml() throws IOException {
        Document page = admin.newRequest(url("/admin/settings")).get();

        assertThat(page.selectFirst("#title").val()).isEqualTo("Reelpress");
        assertThat(page.selectFirst("#timezone").val()).isEqualTo("UTC");
        assertThat(page.selectFirst("input[name=permalinkStructure][checked]").val()).isEqualTo("month_and_name");
        assertThat(CHECKER.errorsIn(page.outerHtml())).isEmpty();
    }

    @Test
    void changesThePostsPerPageAtOnceAndSaysSo() throws IOException {
        fixtures.post("Paging review one", "One.");
        fixtures.post("Paging review two", "Two.");

        Connection.Response saved = save(admin, Map.of("postsPerPage", "1"));

        assertThat(saved.statusCode()).isEqualTo(303);
        assertThat(admin.newRequest(url("/admin/settings")).get().selectFirst("#notice").text())
                .isEqualTo("Settings saved; readers see them now.");
        assertThat(get("/").select("article.summary")).hasSize(1);
        assertThat(events).containsExactly(new SettingsChanged(Set.of("posts_per_page")));
    }

    @Test
    void showsDatesInTheChosenTimeZoneAndFormat() throws IOException {
        MadePost post = fixtures.post("Review near midnight", "Late.", Instant.parse("2024-03-01T20:30:00Z"));

        save(admin, Map.of("timezone", "Asia/Seoul", "dateFormat", "yyyy-MM-dd"));

        assertThat(settings.site().zone().getId()).isEqualTo("Asia/Seoul");
        long comment = fixtures.comment(post, null, "Night Owl", "Watched it past midnight.");
        Document review = get("/2024/03/" + post.permalink().split("/")[3] + "/");
        assertThat(review.selectFirst(".byline time").text()).isEqualTo("2024-03-02");
        assertThat(review.selectFirst(".byline time").attr("datetime")).isEqualTo("2024-03-01T20:30:00Z");
        Element commentTime = review.selectFirst("#comment-" + comment + " .comment-permalink time");
        Instant written = Instant.parse(commentTime.attr("datetime"));
        assertThat(written).isBetween(Instant.now().minusSeconds(600), Instant.now());
        assertThat(commentTime.text()).isEqualTo(written.atZone(ZoneId.of("Asia/Seoul"))
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd 'at' h:mm a", Locale.ENGLISH)));
    }

    @Test
    void refusesABadTimeZoneDateFormatAndAddressKeepingEverythingTyped() throws IOException {
        Connection.Response refused = save(admin, Map.of("timezone", "Mars/Olympus_Mons", "dateFormat", "yyyy-MM-dd {{",
                "siteUrl", "javascript:alert(1)", "title", "A new title", "postsPerPage", "1000"));

        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = refused.parse();
        assertThat(page.selectFirst("#timezone-problem").text()).startsWith("Choose a time zone by its name");
        assertThat(page.selectFirst("#dateFormat-problem").text()).startsWith("That date format cannot be read.");
        assertThat(page.selectFirst("#siteUrl-problem").text()).startsWith("Give the address readers use");
        assertThat(page.selectFirst("#postsPerPage-problem").text()).isEqualTo("Show from 1 to 100 reviews a page.");
        assertThat(page.selectFirst("#timezone").val()).isEqualTo("Mars/Olympus_Mons");
        assertThat(page.selectFirst("#dateFormat").val()).isEqualTo("yyyy-MM-dd {{");
        assertThat(page.selectFirst("#title").val()).isEqualTo("A new title");
        assertThat(settings.site().title()).as("nothing saved").isEqualTo("Reelpress");
        assertThat(events).isEmpty();
        assertThat(CHECKER.errorsIn(page.outerHtml())).isEmpty();
    }

    @Test
    void movesReviewsToTheNewPermalinkStructureAndSendsOldLinksThere() throws IOException {
        MadePost post = fixtures.post("Review that moves", "Here.", Instant.parse("2023-07-14T12:00:00Z"));
        String slug = post.permalink().split("/")[3];
        assertThat(post.permalink()).isEqualTo("/2023/07/" + slug + "/");

        save(admin, Map.of("permalinkStructure", "post_name"));
        Connection.Response old = session().url(url(post.permalink())).execute();
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.header("Location")).isEqualTo("/" + slug + "/");
        assertThat(get("/" + slug + "/").selectFirst("h1").text()).isEqualTo(post.title());
        assertThat(get("/").select("article.summary h2 a").eachAttr("href")).contains("/" + slug + "/");

        save(admin, Map.of("permalinkStructure", "day_and_name"));
        assertThat(session().url(url("/" + slug + "/")).execute().header("Location")).isEqualTo("/2023/07/14/" + slug + "/");
        assertThat(get("/2023/07/14/" + slug + "/").selectFirst("h1").text()).isEqualTo(post.title());

        save(admin, Map.of("permalinkStructure", "numeric"));
        for (String oldLink : List.of(post.permalink(), "/2023/07/14/" + slug + "/", "/" + slug + "/")) {
            Connection.Response moved = session().url(url(oldLink)).execute();
            assertThat(moved.statusCode()).as(oldLink).isEqualTo(301);
            assertThat(moved.header("Location")).as(oldLink).isEqualTo("/archives/" + post.id() + "/");
        }
        Document numeric = get("/archives/" + post.id() + "/");
        assertThat(numeric.selectFirst("h1").text()).isEqualTo(post.title());
        assertThat(session().url(url("/archives/" + post.id())).execute().header("Location")).isEqualTo("/archives/" + post.id() + "/");
        assertThat(CHECKER.errorsIn(numeric.outerHtml())).isEmpty();
    }

    @Test
    void letsOnlyAdministratorsOpenOrSaveTheSettings() throws IOException {
        for (Role role : List.of(Role.EDITOR, Role.AUTHOR, Role.CONTRIBUTOR, Role.COMMENTER)) {
            Connection someone = signedIn(users.create(role, "Not The Admin"));
            String token = someone.newRequest(url("/signin")).get().selectFirst("input[name=_csrf]").val();

            Connection.Response page = someone.newRequest(url("/admin/settings")).execute();
            Connection.Response post = someone.newRequest(url("/admin/settings")).method(Connection.Method.POST)
                    .data("_csrf", token).data("title", "Taken over").execute();

            assertThat(page.statusCode()).as("open, as %s", role).isEqualTo(403);
            assertThat(post.statusCode()).as("save, as %s", role).isEqualTo(403);
        }
        assertThat(settings.site().title()).isEqualTo("Reelpress");
        assertThat(session().url(url("/admin/settings")).execute().header("Location")).endsWith("/signin");
    }
}
