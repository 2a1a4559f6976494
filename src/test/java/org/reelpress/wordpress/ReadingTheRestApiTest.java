package org.reelpress.wordpress;

import org.reelpress.post.PostChanged;
import org.springframework.context.ApplicationEventPublisher;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.comment.CommentStatus;
import org.reelpress.identity.Role;
import org.reelpress.identity.UserFixtures;
import org.reelpress.post.Taxonomy;
import org.reelpress.post.Term;
import org.reelpress.post.TermRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Reading the blog through the WordPress REST API, checked field by field against the handbook's schemas. */
class ReadingTheRestApiTest extends RestApiTest {

    @Autowired
    ApplicationEventPublisher events;


    // the fields of each schema in context "view", in the handbook's order
    static final List<String> POST_FIELDS = List.of("id", "date", "date_gmt", "guid", "modified", "modified_gmt", "slug",
            "status", "type", "link", "title", "content", "excerpt", "author", "featured_media", "comment_status",
            "ping_status", "sticky", "template", "format", "meta", "categories", "tags", "_links");
    static final List<String> PAGE_FIELDS = List.of("id", "date", "date_gmt", "guid", "modified", "modified_gmt", "slug",
            "status", "type", "link", "title", "content", "excerpt", "author", "featured_media", "parent", "menu_order",
            "comment_status", "ping_status", "template", "meta", "_links");
    static final List<String> COMMENT_FIELDS = List.of("id", "post", "parent", "author", "author_name", "author_url",
            "date", "date_gmt", "content", "link", "status", "type", "author_avatar_urls", "meta", "_links");
    static final List<String> CATEGORY_FIELDS = List.of("id", "count", "description", "link", "name", "slug", "taxonomy",
            "parent", "meta", "_links");
    static final List<String> TAG_FIELDS = List.of("id", "count", "description", "link", "name", "slug", "taxonomy",
            "meta", "_links");
    static final List<String> USER_FIELDS = List.of("id", "name", "url", "description", "link", "slug", "avatar_urls",
            "meta", "_links");

    @Autowired
    TermRepository terms;

    @Autowired
    JdbcClient db;

    private static String word() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void eachPagesLinkNamesTheAddressItWasAskedOn() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String host : List.of("localhost", "127.0.0.1", "127.0.0.1", "localhost")) {
            String base = url("").replace("localhost", host);
            HttpResponse<Void> page = http.send(HttpRequest.newBuilder(URI.create(base + "/")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(page.headers().firstValue("Link")).as(host)
                    .contains("<" + base + "/wp-json/>; rel=\"https://api.w.org/\"");
        }
    }

    @Test
    void announcesTheApiOnEveryPageAndDescribesItAtTheIndex() {
        Answer page = call("GET", "/", null, null);
        assertThat(page.header("Link")).isEqualTo("<" + url("/wp-json/") + ">; rel=\"https://api.w.org/\"");

        Answer index = api("/wp-json/");

        assertThat(index.status()).isEqualTo(200);
        assertThat(index.json().get("name").asString()).isEqualTo(settings.site().title());
        assertThat(index.json().get("url").asString()).isEqualTo(url(""));
        assertThat(index.json().get("namespaces").get(0).asString()).isEqualTo("wp/v2");
        assertThat(Answer.fieldsOf(index.json().get("routes"))).contains("/wp/v2/posts", "/wp/v2/comments");
    }

    @Test
    void showsAPublishedPostWithEveryFieldOfThePostSchema() {
        MadePost post = fixtures.post("Oldboy", "A **hammer** and a corridor.");
        Term category = terms.findOrCreate(Taxonomy.CATEGORY, "Thrillers " + word());
        terms.attach(post.id(), category);

        Answer answer = api("/wp-json/wp/v2/posts/" + post.id());

        JsonNode json = answer.json();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(Answer.fieldsOf(json)).containsExactlyElementsOf(POST_FIELDS);
        assertThat(json.get("id").asLong()).isEqualTo(post.id());
        assertThat(json.get("title").get("rendered").asString()).isEqualTo(post.title());
        assertThat(json.get("content").get("rendered").asString()).contains("<strong>hammer</strong>");
        assertThat(json.get("content").get("protected").asBoolean()).isFalse();
        assertThat(json.get("excerpt").get("rendered").asString()).startsWith("<p>A hammer and a corridor.");
        assertThat(json.get("status").asString()).isEqualTo("publish");
        assertThat(json.get("type").asString()).isEqualTo("post");
        assertThat(json.get("link").asString()).isEqualTo(url(post.permalink()));
        assertThat(json.get("date").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
        assertThat(json.get("date_gmt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
        assertThat(json.get("guid").get("rendered").asString()).isEqualTo(url("/?p=" + post.id()));
        assertThat(json.get("comment_status").asString()).isEqualTo("open");
        assertThat(json.get("categories").get(0).asLong()).isEqualTo(category.id());
        assertThat(json.get("tags").isEmpty()).isTrue();
        assertThat(json.get("_links").get("self").get(0).get("href").asString())
                .isEqualTo(url("/wp-json/wp/v2/posts/" + post.id()));
        assertThat(json.get("_links").get("collection").get(0).get("href").asString()).isEqualTo(url("/wp-json/wp/v2/posts"));
    }

    @Test
    void pagesThroughPostsWithTheTotalsInHeaders() {
        String word = word();
        MadePost oldest = fixtures.post("Paged one", word, Instant.now().minusSeconds(300));
        MadePost middle = fixtures.post("Paged two", word, Instant.now().minusSeconds(200));
        MadePost newest = fixtures.post("Paged three", word, Instant.now().minusSeconds(100));

        Answer first = api("/wp-json/wp/v2/posts?search=" + word + "&per_page=2");
        Answer second = api("/wp-json/wp/v2/posts?search=" + word + "&per_page=2&page=2");
        Answer oldestFirst = api("/wp-json/wp/v2/posts?search=" + word + "&order=asc&orderby=date");

        assertThat(first.header("X-WP-Total")).isEqualTo("3");
        assertThat(first.header("X-WP-TotalPages")).isEqualTo("2");
        assertThat(first.json().valueStream().map(post -> post.get("id").asLong())).containsExactly(newest.id(), middle.id());
        assertThat(second.json().valueStream().map(post -> post.get("id").asLong())).containsExactly(oldest.id());
        assertThat(oldestFirst.json().get(0).get("id").asLong()).isEqualTo(oldest.id());
        assertThat(api("/wp-json/wp/v2/posts?search=" + word + "&per_page=2&page=3").json().get("code").asString())
                .isEqualTo("rest_post_invalid_page_number");
    }

    @Test
    void keepsOnlyTheFieldsAskedForAndIgnoresUnknownParameters() {
        MadePost post = fixtures.post("Fields", "Text.");

        Answer answer = api("/wp-json/wp/v2/posts/" + post.id() + "?_fields=id,title.rendered,link&colour=purple");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(Answer.fieldsOf(answer.json())).containsExactly("id", "link", "title");
    }

    @Test
    void embedsTheAuthorTheCommentsAndTheTerms() {
        MadePost post = fixtures.post("Embedded", "Text.");
        terms.attach(post.id(), terms.findOrCreate(Taxonomy.TAG, "noir " + word()));
        long comment = fixtures.comment(post, null, "Reader", "Loved it");

        JsonNode embedded = api("/wp-json/wp/v2/posts/" + post.id() + "?_embed").json().get("_embedded");

        assertThat(Answer.fieldsOf(embedded.get("author").get(0))).containsExactlyElementsOf(USER_FIELDS);
        assertThat(embedded.get("replies").get(0).get(0).get("id").asLong()).isEqualTo(comment);
        assertThat(embedded.get("wp:term").get(0).isEmpty()).isTrue();
        assertThat(embedded.get("wp:term").get(1).get(0).get("taxonomy").asString()).isEqualTo("post_tag");
    }

    @Test
    void listsPostsOfACategoryAndATag() {
        MadePost inBoth = fixtures.post("Tagged", "Text.");
        fixtures.post("Untagged", "Text.");
        Term category = terms.findOrCreate(Taxonomy.CATEGORY, "Category " + word());
        Term tag = terms.findOrCreate(Taxonomy.TAG, "Tag " + word());
        terms.attach(inBoth.id(), category);
        terms.attach(inBoth.id(), tag);

        Answer byCategory = api("/wp-json/wp/v2/posts?categories=" + category.id());
        Answer byTag = api("/wp-json/wp/v2/posts?tags=" + tag.id());
        Answer categoryItself = api("/wp-json/wp/v2/categories/" + category.id());
        Answer tagItself = api("/wp-json/wp/v2/tags/" + tag.id());

        assertThat(byCategory.json().valueStream().map(post -> post.get("id").asLong())).containsExactly(inBoth.id());
        assertThat(byTag.json().valueStream().map(post -> post.get("id").asLong())).containsExactly(inBoth.id());
        assertThat(Answer.fieldsOf(categoryItself.json())).containsExactlyElementsOf(CATEGORY_FIELDS);
        assertThat(categoryItself.json().get("count").asLong()).isEqualTo(1);
        assertThat(categoryItself.json().get("taxonomy").asString()).isEqualTo("category");
        assertThat(Answer.fieldsOf(tagItself.json())).containsExactlyElementsOf(TAG_FIELDS);
        assertThat(api("/wp-json/wp/v2/tags?post=" + inBoth.id()).json().get(0).get("id").asLong()).isEqualTo(tag.id());
    }

    @Test
    void showsPublishedPagesWithThePageSchema() {
        String slug = "about-" + word();
        long now = Instant.now().toEpochMilli();
        long author = users.create(Role.AUTHOR, "Page writer").id();
        long id = db.sql("""
                INSERT INTO posts (type, slug, title, markdown, html, excerpt, status, author_id, published_at, created_at, updated_at)
                VALUES ('page', :slug, 'About', 'Me.', '<p>Me.</p>', 'Me.', 'published', :author, :now, :now, :now) RETURNING id""")
                .param("slug", slug).param("author", author).param("now", now).query(Long.class).single();

        Answer page = api("/wp-json/wp/v2/pages/" + id);

        assertThat(Answer.fieldsOf(page.json())).containsExactlyElementsOf(PAGE_FIELDS);
        assertThat(page.json().get("type").asString()).isEqualTo("page");
        assertThat(page.json().get("link").asString()).isEqualTo(url("/" + slug + "/"));
        assertThat(api("/wp-json/wp/v2/posts/" + id).json().get("code").asString()).isEqualTo("rest_post_invalid_id");
        assertThat(api("/wp-json/wp/v2/pages?slug=" + slug).json().get(0).get("id").asLong()).isEqualTo(id);
    }

    @Test
    void hidesAnApprovedCommentOnceItsPostIsNoLongerPublished() {
        MadePost post = fixtures.post("Taken back", "Text.");
        long comment = fixtures.comment(post, null, "Early Reader", "Said before it was withdrawn");
        db.sql("UPDATE posts SET status = 'private' WHERE id = :id").param("id", post.id()).update();
        events.publishEvent(new PostChanged(post.id())); // as the editor announces it

        Answer answer = api("/wp-json/wp/v2/comments/" + comment);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("code").asString()).isEqualTo("rest_comment_invalid_id");
    }

    @Test
    void hidesDraftsAndHeldComments() {
        MadePost post = fixtures.post("Hidden things", "Text.");
        db.sql("UPDATE posts SET status = 'draft' WHERE id = :id").param("id", post.id()).update();
        MadePost open = fixtures.post("Open things", "Text.");
        long held = fixtures.comment(open, null, "Held Person", "Wait for me", CommentStatus.PENDING);
        long shown = fixtures.comment(open, null, "Shown Person", "Here I am");

        Answer draft = api("/wp-json/wp/v2/posts/" + post.id());
        Answer comments = api("/wp-json/wp/v2/comments?post=" + open.id());

        assertThat(draft.status()).isEqualTo(404);
        assertThat(draft.json().get("code").asString()).isEqualTo("rest_post_invalid_id");
        assertThat(comments.json().valueStream().map(c -> c.get("id").asLong())).containsExactly(shown);
        assertThat(api("/wp-json/wp/v2/comments/" + held).status()).isEqualTo(401);
    }

    @Test
    void listsCommentsOfAPostWithTheCommentSchemaAndNoEmailAddresses() {
        MadePost post = fixtures.post("Discussed", "Text.");
        long first = fixtures.comment(post, null, "Ann Reader", "First!");
        long reply = fixtures.comment(post, first, "Bo Reader", "Second.");

        Answer all = api("/wp-json/wp/v2/comments?post=" + post.id() + "&order=asc");
        Answer replies = api("/wp-json/wp/v2/comments?post=" + post.id() + "&parent=" + first);
        Answer topLevel = api("/wp-json/wp/v2/comments?post=" + post.id() + "&parent=0");

        assertThat(all.header("X-WP-Total")).isEqualTo("2");
        JsonNode comment = all.json().get(1);
        assertThat(Answer.fieldsOf(comment)).containsExactlyElementsOf(COMMENT_FIELDS);
        assertThat(comment.get("id").asLong()).isEqualTo(reply);
        assertThat(comment.get("parent").asLong()).isEqualTo(first);
        assertThat(comment.get("post").asLong()).isEqualTo(post.id());
        assertThat(comment.get("author_name").asString()).isEqualTo("Bo Reader");
        assertThat(comment.get("content").get("rendered").asString()).contains("Second.");
        assertThat(comment.get("status").asString()).isEqualTo("approved");
        assertThat(comment.get("link").asString()).isEqualTo(url(post.permalink() + "#comment-" + reply));
        assertThat(Answer.fieldsOf(comment.get("author_avatar_urls"))).containsExactlyInAnyOrder("24", "48", "96");
        assertThat(all.response().body()).doesNotContain("@example.com");
        assertThat(replies.json().valueStream().map(c -> c.get("id").asLong())).containsExactly(reply);
        assertThat(topLevel.json().valueStream().map(c -> c.get("id").asLong())).containsExactly(first);
    }

    @Test
    void showsAuthorsWithPublicFieldsOnlyAndNoOneElse() {
        UserFixtures.Account author = users.create(Role.AUTHOR, "Public Author");
        UserFixtures.Account commenter = users.create(Role.COMMENTER, "Quiet Reader");
        long now = Instant.now().toEpochMilli();
        db.sql("""
                INSERT INTO posts (type, slug, title, markdown, html, excerpt, status, author_id, published_at, created_at, updated_at)
                VALUES ('post', :slug, 'By them', 'x', '<p>x</p>', 'x', 'published', :author, :now, :now, :now)""")
                .param("slug", "by-them-" + word()).param("author", author.id()).param("now", now).update();

        Answer shown = api("/wp-json/wp/v2/users/" + author.id());
        Answer list = api("/wp-json/wp/v2/users?per_page=100");

        assertThat(Answer.fieldsOf(shown.json())).containsExactlyElementsOf(USER_FIELDS);
        assertThat(shown.json().get("name").asString()).isEqualTo(author.displayName());
        assertThat(shown.response().body()).doesNotContain(author.email()).doesNotContain(author.login());
        assertThat(list.response().body()).contains(author.displayName()).doesNotContain(commenter.displayName())
                .doesNotContain("@example.org");
        assertThat(api("/wp-json/wp/v2/users/" + commenter.id()).json().get("code").asString())
                .isEqualTo("rest_user_cannot_view");
    }

    @Test
    void answersWrongParametersAndUnknownRoutesInWordPresssErrorShape() {
        Answer wrongType = api("/wp-json/wp/v2/posts?per_page=abc");
        Answer tooMany = api("/wp-json/wp/v2/comments?per_page=101");
        Answer pageZero = api("/wp-json/wp/v2/posts?page=0");
        Answer sideways = api("/wp-json/wp/v2/posts?order=sideways");
        Answer badIds = api("/wp-json/wp/v2/posts?categories=films");
        Answer noRoute = api("/wp-json/wp/v2/films");
        Answer noPost = api("/wp-json/wp/v2/posts/999999999");
        Answer farPage = api("/wp-json/wp/v2/posts?page=2147483647");

        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("code").asString()).isEqualTo("rest_invalid_param");
        assertThat(wrongType.json().get("data").get("status").asInt()).isEqualTo(400);
        assertThat(Answer.fieldsOf(wrongType.json().get("data").get("params"))).containsExactly("per_page");
        assertThat(Answer.fieldsOf(tooMany.json().get("data").get("params"))).containsExactly("per_page");
        assertThat(Answer.fieldsOf(pageZero.json().get("data").get("params"))).containsExactly("page");
        assertThat(Answer.fieldsOf(sideways.json().get("data").get("params"))).containsExactly("order");
        assertThat(Answer.fieldsOf(badIds.json().get("data").get("params"))).containsExactly("categories");
        assertThat(noRoute.status()).isEqualTo(404);
        assertThat(noRoute.json().get("code").asString()).isEqualTo("rest_no_route");
        assertThat(noPost.status()).isEqualTo(404);
        assertThat(noPost.json().get("code").asString()).isEqualTo("rest_post_invalid_id");
        assertThat(Answer.fieldsOf(noPost.json())).containsExactly("code", "message", "data");
        assertThat(farPage.json().get("code").asString()).isEqualTo("rest_post_invalid_page_number");
    }

    @Test
    void answersAQueryThatCannotBeDecodedWithAnApiErrorNotAPage() throws Exception {
        // sent by hand: Java's own HTTP client refuses to send such an address
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /wp-json/wp/v2/posts?search=%zz HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: text/html\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(response).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/json")
                    .contains("\"code\":\"rest_invalid_request\"");
        }
    }

    @Test
    void answersJsonEvenToABrowserAskingForHtml() throws Exception {
        var response = browserSession().url(url("/wp-json/wp/v2/nothing-here")).ignoreContentType(true).execute();

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.body()).contains("\"rest_no_route\"");
    }

    @Test
    void readsThePlainAddressFormOfARoute() {
        MadePost post = fixtures.post("Plain address", "Text.");

        Answer answer = api("/?rest_route=/wp/v2/posts/" + post.id());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("id").asLong()).isEqualTo(post.id());
    }
}
