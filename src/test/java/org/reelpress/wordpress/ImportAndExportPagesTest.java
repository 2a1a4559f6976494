package org.reelpress.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.HtmlChecker;
import org.reelpress.identity.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The admin's pages for moving a blog: an upload that imports in the background, and a download. */
class ImportAndExportPagesTest extends BlogTest {

    private static final HtmlChecker HTML = new HtmlChecker();

    @Autowired
    JdbcClient db;

    private Document open(Connection browser, String path) throws IOException {
        return browser.newRequest(url(path)).get();
    }

    private Connection.Response upload(Connection browser, String fileName, InputStream file) throws IOException {
        String token = open(browser, "/admin/import").selectFirst("form.import-form input[name=_csrf]").val();
        return browser.newRequest(url("/admin/import")).method(Connection.Method.POST)
                .data("_csrf", token).data("export", fileName, file, "application/xml").execute();
    }

    /** Loads the import page as the browser would, until the import's report or refusal shows. */
    private Document whenDone(Connection browser) throws Exception {
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            Connection.Response response = browser.newRequest(url("/admin/import")).execute();
            Document page = response.parse();
            if (page.selectFirst(".import-progress") == null) {
                return page;
            }
            assertThat(response.header("Refresh")).as("the page follows a running import by itself").isEqualTo("2");
            assertThat(Instant.now()).isBefore(giveUp);
            Thread.sleep(200);
        }
    }

    @Test
    void anAdministratorUploadsAnOlderExportAndReadsTheReport() throws Exception {
        Connection admin = signedIn(users.create(Role.ADMINISTRATOR, "Importing Admin"));
        Document form = open(admin, "/admin/import");
        assertThat(HTML.errorsIn(form.outerHtml())).isEmpty();

        Connection.Response sent;
        try (InputStream file = Files.newInputStream(ImportingAWordPressBlogTest.FIXTURES.resolve("old-wxr-1.0.xml"))) {
            sent = upload(admin, "old-wxr-1.0.xml", file);
        }
        assertThat(sent.statusCode()).isEqualTo(303);
        Document done = whenDone(admin);

        assertThat(done.selectFirst(".import-report h2").text()).contains("old-wxr-1.0.xml");
        assertThat(done.selectFirst(".import-report .report").text()).contains("1 posts", "1 approved comments");
        assertThat(HTML.errorsIn(done.outerHtml())).isEmpty();
        assertThat(get("/2008/03/tokyo-story-again/").text()).contains("The pillow shots.", "Still the best.");
        assertThat(db.sql("SELECT COUNT(*) FROM users WHERE login = 'oldreeler' AND password_hash IS NULL")
                .query(Long.class).single()).as("an author made from dc:creator alone").isEqualTo(1);
    }

    @Test
    void aRefusedUploadShowsWhyOnThePage() throws Exception {
        Connection admin = signedIn(users.create(Role.ADMINISTRATOR, "Refused Admin"));

        try (InputStream file = Files.newInputStream(ImportingAWordPressBlogTest.FIXTURES.resolve("billion-laughs.xml"))) {
            upload(admin, "laughs.xml", file);
        }
        Document done = whenDone(admin);

        assertThat(done.selectFirst(".import-failed .failure").text()).contains("document type (DTD)");
        assertThat(done.selectFirst("form.import-form")).as("ready for another file").isNotNull();
    }

    @Test
    void takesAnExportLargerThanAnyFormAndReadsItWhole() throws Exception {
        Connection admin = signedIn(users.create(Role.ADMINISTRATOR, "Large File Admin"));
        String feed = Files.readString(ImportingAWordPressBlogTest.FIXTURES.resolve("plain-feed.rss"));
        String large = feed.replace("<channel>", "<!-- " + "padding ".repeat(400_000) + "-->\n<channel>");
        assertThat(large.length()).isGreaterThan(3_000_000);

        Connection.Response sent = upload(admin, "large.rss", new java.io.ByteArrayInputStream(large.getBytes()));
        assertThat(sent.statusCode()).isEqualTo(303);
        Document done = whenDone(admin);

        assertThat(done.selectFirst(".import-failed .failure").text()).startsWith("This is not a WordPress export");
    }

    @Test
    void anUploadWithoutAFileAsksForOne() throws IOException {
        Connection admin = signedIn(users.create(Role.ADMINISTRATOR, "Hasty Admin"));
        String token = open(admin, "/admin/import").selectFirst("form.import-form input[name=_csrf]").val();

        Connection.Response sent = admin.newRequest(url("/admin/import")).method(Connection.Method.POST)
                .data("_csrf", token).data("export", "", InputStream.nullInputStream(), "application/xml").execute();

        assertThat(sent.statusCode()).isEqualTo(303);
        assertThat(open(admin, "/admin/import").selectFirst(".notice").text()).contains("Choose the export file");
    }

    @Test
    void editorsMayNeitherImportNorExport() throws IOException {
        Connection editor = signedIn(users.create(Role.EDITOR, "Curious Editor"));

        assertThat(editor.newRequest(url("/admin/import")).execute().statusCode()).isEqualTo(403);
        assertThat(editor.newRequest(url("/admin/export/download")).execute().statusCode()).isEqualTo(403);
        assertThat(session().url(url("/admin/export/download")).execute().statusCode())
                .as("signed out: sent to sign in").isEqualTo(302);
    }

    @Test
    void anAdministratorDownloadsTheBlogWithEmailsOnlyWhenTheyTickTheConsentBox() throws IOException {
        fixtures.comment(fixtures.post("Exported review", "Worth keeping."), null, "Consenting Reader", "Take me along.");
        Connection admin = signedIn(users.create(Role.ADMINISTRATOR, "Exporting Admin"));
        Document page = open(admin, "/admin/export");
        assertThat(HTML.errorsIn(page.outerHtml())).isEmpty();
        assertThat(page.selectFirst("form.export-form input[type=checkbox][name=emails]")).isNotNull();

        Connection.Response without = admin.newRequest(url("/admin/export/download")).ignoreContentType(true)
                .maxBodySize(0).execute();
        Connection.Response with = admin.newRequest(url("/admin/export/download?emails=yes")).ignoreContentType(true)
                .maxBodySize(0).execute();

        assertThat(without.header("Content-Disposition")).startsWith("attachment").contains(".xml");
        assertThat(without.body()).contains("<wp:wxr_version>1.2</wp:wxr_version>", "Take me along.")
                .doesNotContain("consenting.reader@example.com");
        assertThat(with.body()).contains("consenting.reader@example.com");
    }
}
