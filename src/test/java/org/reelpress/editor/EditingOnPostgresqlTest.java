package org.reelpress.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.identity.Role;
import org.reelpress.identity.UserFixtures;
import org.reelpress.storage.Engine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The editor's SQL on PostgreSQL: saving with a work and terms, listing with filters, renaming, trashing, revisions. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(UserFixtures.class)
class EditingOnPostgresqlTest {

    @LocalServerPort
    int port;

    @Autowired
    UserFixtures users;

    @DynamicPropertySource
    static void postgresql(DynamicPropertyRegistry registry) {
        String url = Engine.POSTGRESQL.newDatabaseUrl();
        registry.add("spring.datasource.url", () -> url);
        String dataDir = BlogTest.newDataDir().toString(); // uploads and the search index, apart from other blogs
        registry.add("reelpress.data-dir", () -> dataDir);
    }

    private static String location(Connection.Response response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        return response.header("Location").replaceAll("^https?://[^/]+", "");
    }

    @Test
    void writesListsRenamesAndTrashesAReviewOnPostgresql() {
        String base = "http://localhost:" + port;
        EditorSession editor = new EditorSession(UserFixtures.signIn(BlogTest.browserSession(), base,
                users.create(Role.EDITOR, "Editor")), base);
        String edit = location(editor.save("/admin/posts/new", Map.ofEntries(Map.entry("title", "Burning"),
                Map.entry("markdown", "Greenhouses.\n\n:::spoiler\nThe fire.\n:::"), Map.entry("work", "new"),
                Map.entry("workKind", "film"), Map.entry("workTitle", "Burning"), Map.entry("workOriginalTitle", "버닝"),
                Map.entry("workYear", "2018"), Map.entry("rating", "5"), Map.entry("newCategory", "Korean cinema"),
                Map.entry("tags", "lee chang-dong, mystery"), Map.entry("status", "published"))));
        String permalink = editor.get(edit).selectFirst(".view-link a").attr("href");
        assertThat(editor.get(permalink).selectFirst(".work-line").text()).contains("버닝");

        Document list = editor.get("/admin/posts?q=burn");
        assertThat(list.select("table.posts tbody th a.edit").eachText()).containsExactly("Burning");
        String tag = list.select("#filter-tag option").stream().filter(o -> o.text().equals("mystery")).findFirst()
                .orElseThrow().val();
        assertThat(editor.get("/admin/posts?tag=" + tag + "&status=published").select("table.posts tbody tr")).hasSize(1);
        assertThat(editor.get("/admin").select(".recent-comments")).hasSize(1);

        location(editor.save(edit, Map.of("slug", "burning-2018")));
        Connection.Response old = editor.fetch(permalink);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.header("Location")).endsWith("/burning-2018/");
        assertThat(editor.get(edit.replace("/edit", "/revisions")).select(".revision-list li")).hasSize(2);

        long id = EditorSession.idIn(edit);
        location(editor.post("/admin/posts/bulk", list, "ids", String.valueOf(id), "action", "trash"));
        assertThat(editor.get("/admin/posts").selectFirst(".notice").text()).isEqualTo("1 post moved to the trash.");
        location(editor.post("/admin/posts/bulk", list, "ids", String.valueOf(id), "action", "restore"));
        assertThat(editor.get("/admin/posts").selectFirst(".notice").text()).isEqualTo("1 post restored to the drafts.");
        location(editor.post("/admin/posts/bulk", list, "ids", String.valueOf(id), "action", "publish"));
        assertThat(editor.get("/admin/posts").selectFirst(".notice").text()).isEqualTo("1 post published.");
        assertThat(editor.fetch(editor.get(edit).selectFirst(".view-link a").attr("href")).statusCode()).isEqualTo(200);
        location(editor.post("/admin/posts/bulk", list, "ids", String.valueOf(id), "action", "trash"));
        location(editor.post("/admin/posts/bulk", list, "ids", String.valueOf(id), "action", "delete"));
        assertThat(editor.fetch(edit).statusCode()).isEqualTo(404);
    }
}
