package org.reelpress.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriUtils;
import org.springframework.test.context.TestPropertySource;

/** The film diary of src/test/resources/wordpress, imported once with its uploads folder, read as its readers would. */
// a blog of its own: it counts what one import brought, which other tests' imports would add to
@TestPropertySource(properties = "reelpress.test.blog=wordpress-import")
class ImportingAWordPressBlogTest extends BlogTest {

    static final Path FIXTURES = Path.of("src/test/resources/wordpress");
    private static final String SOURCE = "https://filmdiary.example.org";
    private static final String REVIEW = "/2013/01/" + UriUtils.encodePathSegment("7번방의-선물", StandardCharsets.UTF_8) + "/";

    private static ImportReport firstImport;

    @Autowired
    WordPressImport importer;

    @Autowired
    JdbcClient db;

    @BeforeEach
    void importTheFilmDiaryOnce() {
        synchronized (ImportingAWordPressBlogTest.class) {
            if (firstImport == null) {
                firstImport = importer.run(FIXTURES.resolve("film-diary.xml"), FIXTURES.resolve("uploads"), ImportProgress.NONE);
            }
        }
    }

    private Map<String, Object> post(String type, String slug) {
        return db.sql("SELECT * FROM posts WHERE type = :type AND slug = :slug").param("type", type).param("slug", slug)
                .query().singleRow();
    }

    private Map<String, Object> comment(String text) {
        return db.sql("SELECT * FROM comments WHERE body = :body").param("body", text).query().singleRow();
    }

    @Test
    void keepsEachPostsStatusAsWordPressMeantIt() {
        assertThat(post("post", "7번방의-선물")).containsEntry("status", "published").containsEntry("sticky", 1);
        assertThat(post("page", "about")).containsEntry("status", "published").containsEntry("comment_status", "closed");
        assertThat(post("post", "half-written-thoughts-on-oldboy")).containsEntry("status", "draft").containsEntry("published_at", null);
        assertThat(post("post", "decision-to-leave")).containsEntry("status", "scheduled");
        assertThat(post("post", "only-for-me")).containsEntry("status", "private");
        assertThat(post("post", "waiting-for-an-editor")).containsEntry("status", "draft");
        assertThat(post("post", "thrown-away__trashed")).containsEntry("status", "trash");
        assertThat(post("post", "members-only")).as("a password-protected post stays hidden").containsEntry("status", "private");
        assertThat(((Number) post("post", "7번방의-선물").get("published_at")).longValue())
                .as("the GMT date").isEqualTo(java.time.Instant.parse("2013-01-23T10:15:00Z").toEpochMilli());
    }

    @Test
    void showsTheReviewWithItsCaptionGalleryAndUnknownShortcodeButNoBlockCommentsOrScripts() {
        Document page = get(REVIEW);

        Element entry = page.selectFirst("article.review .entry");
        assertThat(entry).isNotNull();
        Element figure = entry.selectFirst("figure:has(figcaption)");
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo("The Korean poster");
        assertThat(figure.selectFirst("img").attr("src")).as("copied from the uploads folder")
                .isEqualTo("/wp-content/uploads/2013/01/poster-300x450.gif");
        List<String> gallery = entry.select("div.gallery img").eachAttr("src");
        assertThat(gallery).containsExactly("/wp-content/uploads/2013/01/poster.gif",
                "https://filmdiary.example.org/wp-content/uploads/2013/01/set.jpg");
        assertThat(entry.text()).contains("[spoiler-alert level=\"mild\"]Bring tissues.")
                .contains("The last scene is the one everybody remembers.");
        assertThat(entry.html()).doesNotContain("wp:paragraph", "<script", "onclick", "[caption", "[gallery");
    }

    @Test
    void servesTheCopiedUploadsAtTheirOldPaths() throws IOException {
        Connection.Response file = session().url(url("/wp-content/uploads/2013/01/poster.gif")).ignoreContentType(true).execute();

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.bodyAsBytes()).isEqualTo(Files.readAllBytes(FIXTURES.resolve("uploads/2013/01/poster.gif")));
    }

    @Test
    void threadsTheCommentsUnderTheirParentsWithTheirStatusesAndDates() {
        Map<String, Object> top = comment("I cried <em>twice</em>.\n\nOnce at the balloon, once at the end.");
        Map<String, Object> reply = comment("The balloon scene got me too.");
        Map<String, Object> replyToReply = comment("A reply to a reply, listed before the comments it answers.");

        assertThat(top).containsEntry("depth", 1).containsEntry("status", "approved")
                .containsEntry("author_url", "https://mirae.example.net");
        assertThat(top.get("body_html")).asString().contains("<p>I cried <em>twice</em>.</p>");
        assertThat(reply.get("parent_id")).isEqualTo(top.get("id"));
        assertThat(reply).containsEntry("depth", 2);
        assertThat(reply.get("user_id")).as("written by the imported author")
                .isEqualTo(db.sql("SELECT id FROM users WHERE login = 'haneul'").query().singleValue());
        assertThat(replyToReply.get("parent_id")).isEqualTo(reply.get("id"));
        assertThat(replyToReply).containsEntry("depth", 3);
        assertThat(replyToReply.get("path")).asString().startsWith(reply.get("path") + ".");
        assertThat(((Number) top.get("created_at")).longValue())
                .isEqualTo(java.time.Instant.parse("2013-01-23T11:00:00Z").toEpochMilli());
        assertThat(comment("Held for moderation.")).containsEntry("status", "pending");
        assertThat(comment("Buy now")).containsEntry("status", "spam");
        assertThat(comment("Thrown away by the writer.")).containsEntry("status", "trash");
        assertThat(comment("Answering the pingback above.")).as("its parent, a pingback, is not kept")
                .containsEntry("depth", 1).containsEntry("parent_id", null);
        assertThat(db.sql("SELECT COUNT(*) FROM comments WHERE author_name = 'Another Blog'").query(Long.class).single()).isZero();
    }

    @Test
    void readersSeeOnlyTheApprovedCommentsNestedUnderTheReview() {
        Document page = get(REVIEW);

        assertThat(page.text()).contains("I cried twice.", "The balloon scene got me too.")
                .doesNotContain("Held for moderation.", "Buy now", "Thrown away by the writer.");
        Element nested = page.selectFirst("li:has(> article :containsOwn(I cried)) li:has(> article :containsOwn(The balloon scene))");
        assertThat(nested).as("the reply shows inside its parent's item").isNotNull();
    }

    @Test
    void filesCategoriesUnderTheirParentsAndKeepsUnicodeSlugs() {
        String parentOf = "SELECT p.slug FROM terms t JOIN terms p ON p.id = t.parent_id WHERE t.taxonomy = 'category' AND t.slug = :slug";
        assertThat(db.sql(parentOf).param("slug", "melodrama").query(String.class).single()).isEqualTo("한국-영화");
        assertThat(db.sql(parentOf).param("slug", "한국-영화").query(String.class).single()).isEqualTo("cinema");
        assertThat(db.sql("SELECT description FROM terms WHERE slug = 'cinema'").query(String.class).single())
                .isEqualTo("Everything shown in a theatre");
        Document tag = get("/tag/" + UriUtils.encodePathSegment("영화-리뷰", StandardCharsets.UTF_8) + "/");
        assertThat(tag.text()).contains("Miracle in Cell No. 7 (7번방의 선물)");
    }

    @Test
    void makesAuthorsWhoCannotSignInUntilGivenAPassword() {
        List<Map<String, Object>> authors = db.sql("SELECT * FROM users WHERE login IN ('haneul', 'guest.critic') ORDER BY login")
                .query().listOfRows();

        assertThat(authors).extracting(a -> a.get("display_name")).containsExactly("A Guest Critic", "Haneul Kim");
        assertThat(authors).allSatisfy(a -> assertThat(a.get("password_hash")).isNull());
        assertThat(post("post", "parasite-note").get("author_id")).isEqualTo(authors.getFirst().get("id"));
    }

    @Test
    void reportsWhatCameInAndWhatWasLeftOutWithWhy() {
        String report = firstImport.text();

        assertThat(report).contains("8 posts", "1 pages", "4 approved comments", "1 pending comments", "1 spam comments",
                "1 trash comments", "1 sticky posts", "3 categories", "2 tags", "1 attachments copied from the uploads folder",
                "1 attachments kept as links");
        assertThat(report).contains("Skipped:", "1 pingbacks", "1 items of type nav_menu_item",
                "1 posts in WordPress's status auto-draft");
    }

    @Test
    void importingTheSameFileAgainAddsNothing() {
        Map<String, Long> before = counts();

        ImportReport again = importer.run(FIXTURES.resolve("film-diary.xml"), FIXTURES.resolve("uploads"), ImportProgress.NONE);

        assertThat(counts()).isEqualTo(before);
        assertThat(again.text()).contains("8 posts imported before", "1 pages imported before", "7 comments imported before");
        assertThat(again.importedCounts()).doesNotContainKeys("posts", "pages", "approved comments");
    }

    private Map<String, Long> counts() {
        return Map.of(
                "posts", db.sql("SELECT COUNT(*) FROM posts").query(Long.class).single(),
                "comments", db.sql("SELECT COUNT(*) FROM comments").query(Long.class).single(),
                "terms", db.sql("SELECT COUNT(*) FROM terms").query(Long.class).single(),
                "post_terms", db.sql("SELECT COUNT(*) FROM post_terms").query(Long.class).single(),
                "users", db.sql("SELECT COUNT(*) FROM users").query(Long.class).single(),
                "attachments", db.sql("SELECT COUNT(*) FROM wordpress_attachments").query(Long.class).single());
    }

    @Test
    void oldWordPressAddressesMoveForGoodToThePermalinks() {
        assertThat(redirect("/2013/01/23/" + UriUtils.encodePathSegment("7번방의-선물", StandardCharsets.UTF_8) + "/"))
                .isEqualTo("301 " + REVIEW);
        assertThat(redirect("/?p=11")).isEqualTo("301 " + REVIEW);
        assertThat(redirect("/?page_id=20")).isEqualTo("301 /about/");
        assertThat(redirect("/2020/02/10/parasite-note/")).isEqualTo("301 /2020/02/parasite-note/");
        assertThat(redirect("/?p=13")).as("a draft has no address").startsWith("404");
        assertThat(redirect("/?p=not-a-number")).as("ignored, as WordPress does: the front page").isEqualTo("200 ");
        assertThat(redirect("/?p=999999999")).startsWith("404");
        assertThat(redirect("/2013/01/23/no-such-post/")).startsWith("404");
    }

    private String redirect(String path) {
        try {
            Connection.Response response = session().url(url(path)).execute();
            String location = response.header("Location");
            return response.statusCode() + " " + (location == null ? "" : location.replaceFirst("^https?://[^/]+", ""));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
