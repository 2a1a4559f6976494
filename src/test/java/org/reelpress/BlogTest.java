package org.reelpress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.helper.HttpConnection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.BeforeEach;
import org.reelpress.site.SettingsRepository;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.identity.UserFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.util.FileSystemUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A running blog on a random port, on SQLite in a fresh data directory shared by every test
 * class that extends this without settings of its own (one Spring context for all). Tests make their own posts with
 * {@link Fixtures} so that they do not depend on each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({Fixtures.class, UserFixtures.class, StatementCounter.class})
public abstract class BlogTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected Fixtures fixtures;

    @Autowired
    protected StatementCounter statements;

    @Autowired
    protected SettingsRepository settings;

    /** Comments show at once unless a test says otherwise; moderation tests set their own policy. */
    @BeforeEach
    void approveCommentsAtOnce() {
        settings.put("comment_policy", "approve_all");
    }

    @Autowired
    protected UserFixtures users;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        // one data directory for each blog the tests start: test classes with the same settings share one
        // blog, and a class that changes a setting gets a blog (and a search index lock) of its own
        Path dataDir = newDataDir();
        registry.add("reelpress.data-dir", dataDir::toString);
        // and comments from it; the comment limits and the form timing have tests of their own
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** A browser-like session that keeps cookies; it does not follow redirects, so tests see them. */
    protected Connection session() {
        return browserSession();
    }

    /** Sends what browsers send: they ask for HTML first, so errors come back as pages. */
    public static Connection browserSession() {
        return Jsoup.newSession().followRedirects(false).ignoreHttpErrors(true).timeout(20_000)
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    }

    /**
     * The SQL statements reading the page at {@code path} costs: the fewer of two readings, since a
     * background job or a cache expiring in between may add one to either of them.
     */
    protected long statementsFor(String path) {
        long fewest = Long.MAX_VALUE;
        for (int reading = 0; reading < 2; reading++) {
            long before = statements.count();
            get(path);
            fewest = Math.min(fewest, statements.count() - before);
        }
        return fewest;
    }

    /** Sends the editor's form as a browser would, with {@code changes} in place of the fields it names. */
    protected Connection.Response sendEditorForm(Connection writer, Document editor, Map<String, String> changes)
            throws IOException {
        FormElement form = (FormElement) editor.getElementById("editor");
        List<Connection.KeyVal> data = new ArrayList<>();
        form.formData().stream().filter(field -> !changes.containsKey(field.key())).forEach(data::add);
        changes.forEach((key, value) -> data.add(HttpConnection.KeyVal.create(key, value)));
        return writer.newRequest(url(form.attr("action"))).method(Connection.Method.POST).data(data).execute();
    }

    protected Document get(String path) {
        try {
            return session().url(url(path)).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh browser session, signed in as {@code account} through the password form. */
    protected Connection signedIn(UserFixtures.Account account) {
        return UserFixtures.signIn(session(), url(""), account);
    }

    /** Posts {@code text} through the review's comment form in {@code browser}'s session; returns the new comment's id. */
    protected long postComment(Connection browser, MadePost post, Long parentId, String text) {
        try {
            Document page = browser.newRequest(url(post.permalink())).get();
            Connection.Response response = browser.newRequest(url("/comments")).method(Connection.Method.POST)
                    .data("_csrf", page.selectFirst("#commentform input[name=_csrf]").val())
                .data("stamp", page.selectFirst("#commentform input[name=stamp]").val())
                    .data("post", String.valueOf(post.id()))
                    .data("parent", parentId == null ? "" : String.valueOf(parentId))
                    .data("comment", text).execute();
            return Long.parseLong(response.header("Location").replaceAll(".*#comment-", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The front page's entry for a review, following "Older reviews" as a reader would. */
    protected Element summaryOf(String title) {
        String path = "/";
        while (path != null) {
            Document page = get(path);
            for (Element summary : page.select("article.summary")) {
                if (summary.selectFirst("h2").text().equals(title)) {
                    return summary;
                }
            }
            Element older = page.selectFirst(".paging a.older");
            path = older == null ? null : older.attr("href");
        }
        throw new AssertionError("No review titled " + title + " on any page of the front page");
    }

    /** A fresh, empty data directory, removed when the tests end. */
    public static Path newDataDir() {
        try {
            Path dir = Files.createTempDirectory("reelpress-test-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(dir.toFile())));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
