package org.reelpress.wordpress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelpress.BlogTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Files that are not a sound WordPress export are refused with words that say why, and leave the blog as it was. */
class RefusingBadExportsTest extends BlogTest {

    private static final Path FIXTURES = ImportingAWordPressBlogTest.FIXTURES;

    @Autowired
    WordPressImport importer;

    @Autowired
    JdbcClient db;

    @TempDir
    Path folder;

    private Map<String, Object> counts() {
        return db.sql("""
                SELECT (SELECT COUNT(*) FROM posts) AS posts, (SELECT COUNT(*) FROM comments) AS comments,
                       (SELECT COUNT(*) FROM terms) AS terms, (SELECT COUNT(*) FROM users) AS users,
                       (SELECT COUNT(*) FROM wordpress_posts) AS mapped""").query().singleRow();
    }

    /** The film diary as if exported from another blog, so that nothing of it is on this one yet. */
    private String anotherBlog() throws IOException {
        return Files.readString(FIXTURES.resolve("film-diary.xml")).replace("filmdiary.example.org", "cut-short.example.org")
                .replace("<wp:author_login><![CDATA[haneul]]>", "<wp:author_login><![CDATA[cut.short.haneul]]>");
    }

    @Test
    void refusesAFileCutShortNamingTheLineAndColumnAndImportsNothingOfIt() throws IOException {
        String whole = anotherBlog();
        int cut = whole.indexOf("Answering the pingback above.");
        Path truncated = folder.resolve("truncated.xml");
        Files.writeString(truncated, whole.substring(0, cut), StandardCharsets.UTF_8);
        long lines = whole.substring(0, cut).lines().count();
        Map<String, Object> before = counts();

        assertThatThrownBy(() -> importer.run(truncated, null, ImportProgress.NONE))
                .isInstanceOf(WxrRefused.class)
                .hasMessageStartingWith("The export is cut short or malformed at line " + lines + ", column ")
                .hasMessageEndingWith("Nothing was imported.");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void anImportStoppedHalfwayKeepsNothingOfIt() throws IOException {
        String whole = anotherBlog().replace("cut-short.example.org", "stopped.example.org")
                .replace("cut.short.haneul", "stopped.haneul");
        int end = whole.indexOf("</channel>");
        StringBuilder many = new StringBuilder(whole.substring(0, end));
        for (int i = 1; i <= 400; i++) {
            many.append("<item><title>Filler review ").append(i).append("</title><dc:creator>stopped.haneul</dc:creator>")
                    .append("<content:encoded><![CDATA[").append("<p>Some words about a film.</p>".repeat(30))
                    .append("]]></content:encoded><wp:post_id>").append(1000 + i).append("</wp:post_id>")
                    .append("<wp:post_date_gmt>2015-05-05 10:00:00</wp:post_date_gmt><wp:post_name>stopped-filler-")
                    .append(i).append("</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>\n");
        }
        Path large = folder.resolve("large.xml");
        Files.writeString(large, many.append(whole.substring(end)).toString());
        Map<String, Object> before = counts();
        ImportProgress diskFillsUp = (phase, read, total) -> {
            if (phase.equals("Importing") && read > total / 2) {
                throw new IllegalStateException("the disk filled up");
            }
        };

        assertThatThrownBy(() -> importer.run(large, null, diskFillsUp)).hasMessage("the disk filled up");

        assertThat(counts()).isEqualTo(before);
        assertThat(db.sql("SELECT COUNT(*) FROM posts WHERE slug LIKE 'stopped-filler-%'").query(Long.class).single()).isZero();
        assertThat(db.sql("SELECT COUNT(*) FROM users WHERE login = 'stopped.haneul'").query(Long.class).single()).isZero();
    }

    @Test
    void refusesMalformedXmlAtTheLineWhereItBreaks() throws IOException {
        Path broken = folder.resolve("broken.xml");
        Files.writeString(broken, anotherBlog().replace("<title>About this diary</title>", "<title>About this diary</titel>"));
        long line = anotherBlog().substring(0, anotherBlog().indexOf("About this diary")).lines().count();
        Map<String, Object> before = counts();

        assertThatThrownBy(() -> importer.run(broken, null, ImportProgress.NONE))
                .hasMessageStartingWith("The export is cut short or malformed at line " + line + ", column ");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void refusesTheBillionLaughsWithoutExpandingIt() {
        Map<String, Object> before = counts();

        assertThatThrownBy(() -> importer.run(FIXTURES.resolve("billion-laughs.xml"), null, ImportProgress.NONE))
                .isInstanceOf(WxrRefused.class)
                .hasMessageContaining("document type (DTD)");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void refusesAnExternalEntityAndReadsNoFileOfTheServer() {
        assertThatThrownBy(() -> importer.run(FIXTURES.resolve("external-entity.xml"), null, ImportProgress.NONE))
                .isInstanceOf(WxrRefused.class)
                .hasMessageContaining("document type (DTD)")
                .hasMessageNotContaining("root:");
        assertThat(db.sql("SELECT COUNT(*) FROM posts WHERE slug = 'peeking'").query(Long.class).single()).isZero();
    }

    @Test
    void refusesAnRssFeedFromAnotherToolAsNotAWordPressExport() {
        assertThatThrownBy(() -> importer.run(FIXTURES.resolve("plain-feed.rss"), null, ImportProgress.NONE))
                .isInstanceOf(WxrRefused.class)
                .hasMessageStartingWith("This is not a WordPress export (WXR 1.0 to 1.2)")
                .hasMessageContaining("Tools → Export");
    }

    @Test
    void refusesAnotherKindOfXmlAltogether() throws IOException {
        Path atom = folder.resolve("feed.atom");
        Files.writeString(atom, "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>");

        assertThatThrownBy(() -> importer.run(atom, null, ImportProgress.NONE))
                .hasMessageStartingWith("This is not a WordPress export").hasMessageContaining("<feed>");
    }
}
