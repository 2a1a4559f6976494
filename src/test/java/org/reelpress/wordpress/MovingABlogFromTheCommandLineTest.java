package org.reelpress.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reelpress.ReelpressApplication;
import org.reelpress.identity.Terminal;
import org.reelpress.storage.Engine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * {@code import-wordpress} and {@code export-wordpress} run as {@code main} runs them, each on a
 * blog of its own: the film diary goes into one blog, out as a WordPress export, and into a
 * fresh blog, which must then hold the same posts, terms, comments and threads.
 */
class MovingABlogFromTheCommandLineTest {

    private static final Path FIXTURES = ImportingAWordPressBlogTest.FIXTURES;
    /** Each fresh blog writes its own sample review; it is not part of what moved. */
    private static final String NOT_THE_SAMPLE = "p.slug NOT LIKE 'a-page-of-madness%'";

    @TempDir
    Path first;

    @TempDir
    Path second;

    @TempDir
    Path files;

    private record Run(int status, String out, String err) {
    }

    private static Run command(boolean importing, Path dataDir, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> arguments = new ArrayList<>(List.of(args));
        arguments.add("--reelpress.data-dir=" + dataDir);
        Terminal terminal = new Terminal(new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), null);
        int status = importing ? ImportWordPress.run(ReelpressApplication.class, arguments, terminal)
                : ExportWordPress.run(ReelpressApplication.class, arguments, terminal);
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static JdbcClient blog(Path dataDir) {
        return JdbcClient.create(new DriverManagerDataSource("jdbc:sqlite:" + dataDir.resolve("reelpress.db")));
    }

    @Test
    void importsExportsAndImportsIntoAFreshBlogWithoutLosingAnything() throws Exception {
        Run imported = command(true, first, FIXTURES.resolve("film-diary.xml").toString(),
                "--uploads", FIXTURES.resolve("uploads").toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported:", "8 posts", "1 pages");
        assertThat(imported.err()).as("the progress bar").contains("Checking", "Importing", "100%");

        Path export = files.resolve("diary.xml");
        Run exported = command(false, first, export.toString(), "--with-emails");
        assertThat(exported.status()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("with e-mail addresses");

        Run again = command(true, second, export.toString());
        assertThat(again.status()).as(again.err()).isZero();

        JdbcClient a = blog(first);
        JdbcClient b = blog(second);
        for (String question : List.of(POSTS, TERMS, POST_TERMS, COMMENTS, FORMATS)) {
            List<Map<String, Object>> before = a.sql(question).query().listOfRows();
            assertThat(before).as(question).isNotEmpty();
            assertThat(b.sql(question).query().listOfRows()).as(question).isEqualTo(before);
        }
        assertThat(b.sql("SELECT COUNT(*) FROM wordpress_attachments").query(Long.class).single()).isEqualTo(2);
    }

    private static final String POSTS = """
            SELECT p.type, p.slug, p.title, p.html, p.excerpt, p.status, p.comment_status, p.published_at,
                   p.updated_at, p.sticky, u.login
            FROM posts p JOIN users u ON u.id = p.author_id WHERE %s ORDER BY p.type, p.slug""".formatted(NOT_THE_SAMPLE);

    private static final String TERMS = """
            SELECT t.taxonomy, t.slug, t.name, t.description, parent.slug AS parent
            FROM terms t LEFT JOIN terms parent ON parent.id = t.parent_id ORDER BY t.taxonomy, t.slug""";

    private static final String POST_TERMS = """
            SELECT p.slug AS post, t.taxonomy, t.slug FROM post_terms pt JOIN posts p ON p.id = pt.post_id
            JOIN terms t ON t.id = pt.term_id WHERE %s ORDER BY p.slug, t.taxonomy, t.slug""".formatted(NOT_THE_SAMPLE);

    /** Each comment with the one it answers, named by its author and time, since ids differ between blogs. */
    private static final String COMMENTS = """
            SELECT p.slug AS post, c.author_name, c.author_email, c.author_url, c.ip, c.body_html, c.status,
                   c.created_at, c.depth, parent.author_name AS parent_author, parent.created_at AS parent_created,
                   u.login AS user_login
            FROM comments c JOIN posts p ON p.id = c.post_id LEFT JOIN comments parent ON parent.id = c.parent_id
            LEFT JOIN users u ON u.id = c.user_id
            WHERE %s ORDER BY p.slug, c.created_at, c.author_name""".formatted(NOT_THE_SAMPLE);

    private static final String FORMATS = """
            SELECT p.slug, w.format FROM wordpress_posts w JOIN posts p ON p.id = w.post_id
            WHERE w.format <> '' ORDER BY p.slug""";

    @Test
    void leavesEmailAddressesOutUnlessTheAdministratorSaysThePeopleAgreed() throws Exception {
        assertThat(command(true, first, FIXTURES.resolve("film-diary.xml").toString()).status()).isZero();
        Path export = files.resolve("without.xml");

        Run run = command(false, first, export.toString());

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("without e-mail addresses");
        String xml = Files.readString(export);
        assertThat(xml).contains("<wp:wxr_version>1.2</wp:wxr_version>", "I cried <em>twice</em>")
                .doesNotContain("mirae@example.net", "joon@example.net", "haneul@example.org");
    }

    @Test
    void refusesAnExportFromAnotherToolWithAnExitStatusOfTwo() {
        Run run = command(true, first, FIXTURES.resolve("plain-feed.rss").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err().lines().toList().getLast()).startsWith("import-wordpress: This is not a WordPress export");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void importsTwiceAndExportsOnPostgresqlToo() throws Exception {
        String database = "--spring.datasource.url=" + Engine.POSTGRESQL.newDatabaseUrl();
        String diary = FIXTURES.resolve("film-diary.xml").toString();

        Run imported = command(true, first, diary, database);
        Run again = command(true, first, diary, database);
        Path export = files.resolve("from-postgresql.xml");
        Run exported = command(false, first, export.toString(), database);

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("8 posts", "4 approved comments", "3 categories");
        assertThat(again.status()).as(again.err()).isZero();
        assertThat(again.out()).contains("8 posts imported before").doesNotContain("  8 posts\n");
        assertThat(exported.status()).as(exported.err()).isZero();
        assertThat(Files.readString(export)).contains("7%eb%b2%88%eb%b0%a9%ec%9d%98-%ec%84%a0%eb%ac%bc",
                "The balloon scene got me too.");
    }

    @Test
    void explainsItselfWithHelpAndRefusesAMissingFile() {
        assertThat(command(true, first, "--help").out()).contains("Usage: java -jar reelpress.jar import-wordpress");
        Run missing = command(true, first, files.resolve("nowhere.xml").toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("There is no file");
    }
}
