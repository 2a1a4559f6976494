package org.reelpress.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.identity.Role;

/** Contributors write drafts and edit only their own; authors publish their own; editors change anyone's. */
class EditorRoleBoundariesTest extends BlogTest {

    private EditorSession writer(Role role) {
        return new EditorSession(signedIn(users.create(role, role.label())), url(""));
    }

    private static String draft(EditorSession writer, String title) {
        Connection.Response saved = writer.save("/admin/posts/new", Map.of("title", title + " " + System.nanoTime(),
                "markdown", "Words."));
        assertThat(saved.statusCode()).isEqualTo(303);
        return saved.header("Location").replaceAll("^https?://[^/]+", "");
    }

    @Test
    void aContributorSavesDraftsButCannotPublishThem() {
        EditorSession contributor = writer(Role.CONTRIBUTOR);
        Document blank = contributor.get("/admin/posts/new");
        assertThat(blank.select("input[name=status]").eachAttr("value")).containsExactly("draft");

        Connection.Response refused = contributor.save("/admin/posts/new", Map.of("title", "Mine to publish?",
                "markdown", "Kept.", "status", "published"));
        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.selectFirst("#status-error").text()).contains("contributor");
        assertThat(page.selectFirst("#markdown").val()).isEqualTo("Kept.");

        String edit = draft(contributor, "A contributor's draft");
        long id = EditorSession.idIn(edit);
        Document list = contributor.get("/admin/posts");
        contributor.post("/admin/posts/bulk", list, "ids", String.valueOf(id), "action", "publish");
        assertThat(contributor.get("/admin/posts").selectFirst(".notice").text()).startsWith("0 posts published. 1 left");
        assertThat(contributor.get(edit).selectFirst("#status-draft").hasAttr("checked")).isTrue();
    }

    @Test
    void aContributorOrAnAuthorCannotOpenOrChangeSomeoneElsesPost() {
        String editorsDraft = draft(writer(Role.EDITOR), "The editor's draft");
        long id = EditorSession.idIn(editorsDraft);
        for (Role role : new Role[]{Role.CONTRIBUTOR, Role.AUTHOR}) {
            EditorSession other = writer(role);
            assertThat(other.fetch(editorsDraft).statusCode()).as(role.label()).isEqualTo(403);
            assertThat(other.fetch(editorsDraft.replace("/edit", "/revisions")).statusCode()).as(role.label()).isEqualTo(403);
            Document list = other.get("/admin/posts");
            Connection.Response save = other.post(editorsDraft, list, "title", "Taken over", "markdown", "Mine now",
                    "version", "1");
            assertThat(save.statusCode()).as(role.label()).isEqualTo(403);
            other.post("/admin/posts/bulk", list, "ids", String.valueOf(id), "action", "trash");
            assertThat(other.get("/admin/posts").selectFirst(".notice").text()).as(role.label())
                    .startsWith("0 posts moved to the trash. 1 left");
        }
    }

    @Test
    void anAuthorPublishesTheirOwnAndAnEditorChangesAnyones() {
        EditorSession author = writer(Role.AUTHOR);
        String edit = draft(author, "An author's review");
        Connection.Response published = author.save(edit, Map.of("status", "published"));
        assertThat(published.statusCode()).isEqualTo(303);
        assertThat(author.get(edit).selectFirst(".notice").text()).isEqualTo("Post published.");

        EditorSession editor = writer(Role.EDITOR);
        assertThat(editor.save(edit, Map.of("markdown", "Edited by the editor.")).statusCode()).isEqualTo(303);
        assertThat(author.get(edit).selectFirst("#markdown").val()).isEqualTo("Edited by the editor.");
    }

    @Test
    void guestsAndCommentersNeverReachTheEditor() {
        Connection.Response guest = new EditorSession(session(), url("")).fetch("/admin/posts/new");
        assertThat(guest.statusCode()).isEqualTo(302);
        assertThat(guest.header("Location")).endsWith("/signin");
        assertThat(writer(Role.COMMENTER).fetch("/admin/posts").statusCode()).isEqualTo(403);
    }
}
