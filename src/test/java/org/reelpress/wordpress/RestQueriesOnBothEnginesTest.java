package org.reelpress.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.mockito.Mockito;
import org.reelpress.site.ReelpressProperties;
import org.reelpress.site.SettingsRepository;
import org.reelpress.storage.Engine;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The API's SQL filters, sorts and counts the same on SQLite and PostgreSQL. */
@ParameterizedClass(name = "on {0}")
@EnumSource(Engine.class)
class RestQueriesOnBothEnginesTest {

    private final JdbcClient db;
    private final RestPostQueries posts;
    private final RestTermQueries terms;
    private final RestUserQueries users;
    private final RestCommentQueries comments;

    RestQueriesOnBothEnginesTest(Engine engine) {
        db = JdbcClient.create(engine.newMigratedDatabase());
        RestSite site = new RestSite(new ReelpressProperties(Path.of("data"), "https://blog.example"),
                Mockito.mock(SettingsRepository.class));
        posts = new RestPostQueries(db);
        terms = new RestTermQueries(db, site);
        users = new RestUserQueries(db, site);
        comments = new RestCommentQueries(db);
    }

    private long insert(String sql, Map<String, Object> params) {
        return db.sql(sql + " RETURNING id").params(params).query(Long.class).single();
    }

    private long post(long author, String slug, String title, String status, long at) {
        return insert("""
                INSERT INTO posts (type, slug, title, markdown, html, excerpt, status, author_id, published_at, created_at, updated_at)
                VALUES ('post', :slug, :title, :title, :title, :title, :status, :author, :at, :at, :at)""",
                Map.of("slug", slug, "title", title, "status", status, "author", author, "at", at));
    }

    private long comment(long post, Long parent, String body, String status, long at) {
        return insert("""
                INSERT INTO comments (post_id, parent_id, depth, path, author_name, author_email, body, body_html, status, created_at)
                VALUES (:post, :parent, 1, 'x', 'Guest', 'guest@example.net', :body, :body, :status, :at)""",
                new java.util.HashMap<>(Map.of("post", post, "body", body, "status", status, "at", at)) {{
                    put("parent", parent);
                }});
    }

    @Test
    void filtersSortsAndCountsPostsTermsAuthorsAndComments() {
        long writer = insert("INSERT INTO users (login, email, display_name, password_hash, role, created_at)"
                + " VALUES ('w', 'w@example.org', 'Writer', 'h', 'author', 1)", Map.of());
        insert("INSERT INTO users (login, email, display_name, role, created_at)"
                + " VALUES ('r', 'r@example.org', 'Reader', 'commenter', 1)", Map.of());
        long older = post(writer, "older", "100% Wolf", "published", 1_000);
        long newer = post(writer, "newer", "Wolf_Children", "published", 2_000);
        post(writer, "draft", "Wolf draft", "draft", 3_000);
        long category = insert("INSERT INTO terms (taxonomy, slug, name) VALUES ('category', 'anime', 'Anime')", Map.of());
        insert("INSERT INTO terms (taxonomy, slug, name) VALUES ('category', 'empty', 'Empty')", Map.of());
        db.sql("INSERT INTO post_terms (post_id, term_id) VALUES (:post, :term)").param("post", newer).param("term", category).update();
        long top = comment(newer, null, "Lovely film", "approved", 5_000);
        long reply = comment(newer, top, "Agreed", "approved", 6_000);
        comment(newer, null, "Held one", "pending", 7_000);

        RestPostQueries.Query wolves = new RestPostQueries.Query("post", "%wolf%", List.of(), List.of(), List.of(), List.of(),
                "date", false, 0, 10);
        RestPostQueries.Query percent = new RestPostQueries.Query("post", "%100\\%%", List.of(writer), List.of(), List.of(),
                List.of(), "title", true, 0, 10);
        RestPostQueries.Query inCategory = new RestPostQueries.Query("post", null, List.of(), List.of(), List.of(category),
                List.of(), "id", true, 0, 10);
        RestTermQueries.Query byCount = new RestTermQueries.Query("category", null, List.of(), null, false, "count", false, 0, 10);
        RestCommentQueries.Query topLevel = new RestCommentQueries.Query("approved", List.of(newer), List.of(0L), null,
                "date_gmt", true, 0, 10);
        RestCommentQueries.Query replies = new RestCommentQueries.Query("approved", List.of(), List.of(top), "%agree%",
                "date_gmt", true, 0, 10);

        assertThat(posts.list(wolves)).extracting(RestPost::id).containsExactly(newer, older);
        assertThat(posts.count(wolves)).isEqualTo(2);
        assertThat(posts.list(percent)).extracting(RestPost::id).containsExactly(older);
        assertThat(posts.list(inCategory)).extracting(RestPost::id).containsExactly(newer);
        assertThat(posts.termsOf(List.of(newer, older))).containsOnlyKeys(newer);
        assertThat(terms.list(byCount)).extracting(term -> term.get("slug"), term -> term.get("count"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("anime", 1L), org.assertj.core.groups.Tuple.tuple("empty", 0L));
        assertThat(terms.count(byCount)).isEqualTo(2);
        assertThat(users.list(new RestUserQueries.Query(null, "name", true, 0, 10)))
                .extracting(user -> user.get("name")).containsExactly("Writer");
        assertThat(comments.ids(topLevel)).containsExactly(top);
        assertThat(comments.ids(replies)).containsExactly(reply);
        assertThat(comments.count(new RestCommentQueries.Query("approved", List.of(newer), List.of(), null, "date", false, 0, 1)))
                .isEqualTo(2);
    }
}
