package org.reelpress.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.HtmlChecker;
import org.reelpress.identity.Role;

/** A writer's paths through the editor, over HTTP as a browser without scripts would take them. */
class WritingInTheEditorTest extends BlogTest {

    private static final HtmlChecker CHECKER = new HtmlChecker();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private EditorSession writer(Role role) {
        return new EditorSession(signedIn(users.create(role, "Writer")), url(""));
    }

    private static String unique(String title) {
        return title + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    private static Map<String, String> fields(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static void assertValid(Document page) {
        assertThat(CHECKER.errorsIn(page.outerHtml())).as(page.location()).isEmpty();
    }

    private static String location(Connection.Response response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        return response.header("Location").replaceAll("^https?://[^/]+", "");
    }

    @Test
    void writesAReviewWithANewWorkARatingACategoryAndTagsAndPublishesIt() {
        EditorSession editor = writer(Role.AUTHOR);
        String title = unique("A Page of Madness");
        String category = unique("Silent films");
        String edit = location(editor.save("/admin/posts/new", fields("title", title,
                "markdown", "A film without intertitles.\n\n:::spoiler What the wife sees\nThe masks.\n:::",
                "work", "new", "workKind", "film", "workTitle", "A Page of Madness", "workOriginalTitle", "狂った一頁",
                "workYear", "1926", "workCreator", "Teinosuke Kinugasa", "workCountry", "Japan", "rating", "4.5",
                "newCategory", category, "tags", "silent, japan", "status", "published")));
        assertThat(edit).matches("/admin/posts/\\d+/edit");

        Document page = editor.get(edit);
        assertThat(page.selectFirst(".notice").text()).isEqualTo("Post published.");
        assertThat(page.selectFirst("#title").val()).isEqualTo(title);
        assertThat(page.selectFirst("#rating").val()).isEqualTo("4.5");
        assertThat(page.select(".categories input[checked] + label").text()).isEqualTo(category);
        assertThat(page.selectFirst("#tags").val()).contains("silent").contains("japan");
        assertThat(page.selectFirst("#work option[selected]").text()).isEqualTo("A Page of Madness (1926)");
        assertValid(page);

        Document review = get(page.selectFirst(".view-link a").attr("href"));
        assertThat(review.selectFirst(".work-line").text()).contains("狂った一頁", "1926", "Teinosuke Kinugasa");
        assertThat(review.selectFirst(".rating").attr("aria-label")).isEqualTo("Rated 4.5 out of 5");
        assertThat(review.selectFirst("details.spoiler summary").text()).isEqualTo("What the wife sees");
        assertThat(summaryOf(title)).isNotNull();
    }

    @Test
    void givesADuplicateSlugASuffixAndSaysSo() {
        EditorSession editor = writer(Role.EDITOR);
        String title = unique("Parasite");
        location(editor.save("/admin/posts/new", fields("title", title, "markdown", "One.")));
        String second = location(editor.save("/admin/posts/new", fields("title", title, "markdown", "Two.")));
        Document page = editor.get(second);
        String slug = org.reelpress.post.Slugs.from(title);
        assertThat(page.selectFirst("#slug").val()).isEqualTo(slug + "-2");
        assertThat(page.selectFirst(".notice").text()).contains("“" + slug + "” is taken").contains(slug + "-2");
    }

    @Test
    void sendsTheOldAddressOfARenamedPostToItsNewOneForGood() {
        EditorSession editor = writer(Role.EDITOR);
        String edit = location(editor.save("/admin/posts/new", fields("title", unique("7번방의 선물"), "markdown", "Tears.",
                "status", "published")));
        String before = editor.get(edit).selectFirst(".view-link a").attr("href");
        location(editor.save(edit, fields("slug", unique("miracle in cell no 7"))));
        String after = editor.get(edit).selectFirst(".view-link a").attr("href");
        assertThat(after).isNotEqualTo(before);

        Connection.Response old = editor.fetch(before);
        assertThat(old.statusCode()).isEqualTo(301);
        assertThat(old.header("Location")).endsWith(after);
        assertThat(editor.fetch(after).statusCode()).isEqualTo(200);
    }

    @Test
    void bringsBadInputBackWithAMessageByEachFieldAndEverythingTyped() {
        EditorSession editor = writer(Role.AUTHOR);
        String title = unique("Not yet");
        Connection.Response response = editor.save("/admin/posts/new", fields("title", title, "markdown", "Kept text",
                "rating", "7", "status", "scheduled", "date", "2020-01-01", "time", "10:00", "tags", "kept tag"));
        assertThat(response.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(response.body(), url(""));
        assertThat(page.selectFirst("#rating-error").text()).contains("from 0.5 to 5");
        assertThat(page.selectFirst("#date-error").text()).contains("already passed");
        assertThat(page.selectFirst("#rating").attr("aria-describedby")).isEqualTo("rating-error");
        assertThat(page.selectFirst("#markdown").val()).isEqualTo("Kept text");
        assertThat(page.selectFirst("#rating").val()).isEqualTo("7");
        assertThat(page.selectFirst("#tags").val()).isEqualTo("kept tag");
        assertThat(page.selectFirst("#status-scheduled").hasAttr("checked")).isTrue();
        assertValid(page);

        Document fixed = Jsoup.parse(editor.send(page, fields("date", "2026-02-30"), null).body(), url(""));
        assertThat(fixed.selectFirst("#date-error").text()).contains("“2026-02-30” is not a date");
        assertThat(editor.get("/admin/posts?q=" + title.replace(' ', '+')).select("table.posts tbody tr")).isEmpty();
    }

    @Test
    void showsAStaleEditTheDifferenceKeepsWhatWasTypedAndSavesItWhenTheWriterChooses() {
        EditorSession mine = writer(Role.EDITOR);
        EditorSession theirs = writer(Role.EDITOR);
        String edit = location(mine.save("/admin/posts/new", fields("title", unique("Shared"), "markdown", "Opening.")));
        Document myCopy = mine.get(edit);
        location(theirs.save(edit, fields("markdown", "Opening.\nTheir line.")));

        Connection.Response stale = mine.send(myCopy, fields("markdown", "Opening.\nMy line."), null);
        assertThat(stale.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(stale.body(), url(""));
        assertThat(page.selectFirst(".stale h2").text()).contains("Someone else saved");
        assertThat(page.select(".stale table.diff").last().text()).contains("− Their line.").contains("+ My line.");
        assertThat(page.selectFirst("#markdown").val()).isEqualTo("Opening.\nMy line.");
        assertValid(page);

        location(mine.send(page, Map.of(), null));
        assertThat(mine.get(edit).selectFirst("#markdown").val()).isEqualTo("Opening.\nMy line.");
    }

    @Test
    void keepsARevisionOfEverySaveShowsTheDifferenceAndRestoresOne() {
        EditorSession editor = writer(Role.AUTHOR);
        String edit = location(editor.save("/admin/posts/new", fields("title", unique("Drafted twice"), "markdown", "First text.")));
        location(editor.save(edit, fields("markdown", "Second text.")));
        assertThat(editor.get(edit).selectFirst(".notice").text()).isEqualTo("Draft saved.");
        String revisions = edit.replace("/edit", "/revisions");
        Document list = editor.get(revisions);
        assertThat(list.select(".revision-list li")).hasSize(2);
        assertValid(list);

        Document older = editor.get(list.select(".revision-list li a").last().attr("href"));
        assertThat(older.select("table.diff").last().text()).contains("− First text.").contains("+ Second text.");
        assertValid(older);

        String back = location(editor.post(older.selectFirst("form[action$=/restore]").attr("action"), older));
        assertThat(back).isEqualTo(edit);
        Document restored = editor.get(edit);
        assertThat(restored.selectFirst(".notice").text()).startsWith("Restored the revision");
        assertThat(restored.selectFirst("#markdown").val()).isEqualTo("First text.");
        assertThat(editor.get(revisions).select(".revision-list li")).hasSize(3);
    }

    @Test
    void previewsTheTextAsReadersWillSeeItWithAndWithoutAScript() {
        EditorSession editor = writer(Role.CONTRIBUTOR);
        Document blank = editor.get("/admin/posts/new");
        String text = "Plain.\n\n:::spoiler\nWho did it.\n:::\n\n<script>alert(1)</script>";
        Connection.Response fragment = editor.post("/admin/preview", blank, "markdown", text);
        assertThat(fragment.body()).contains("<details class=\"spoiler\">").contains("Who did it.").doesNotContain("<script");

        Connection.Response page = editor.send(blank, fields("title", unique("Previewed"), "markdown", text),
                "/admin/posts/preview");
        Document previewed = Jsoup.parse(page.body(), url(""));
        assertThat(previewed.selectFirst(".preview details.spoiler").text()).contains("Who did it.");
        assertThat(previewed.selectFirst("#markdown").val()).isEqualTo(text);
        assertValid(previewed);
    }

    @Test
    void autosavesADraftAndRefusesAnAutosaveOverANewerSave() throws Exception {
        EditorSession editor = writer(Role.AUTHOR);
        Document blank = editor.get("/admin/posts/new");
        Connection.Response created = editor.post("/admin/posts/autosave", blank, "title", unique("Autosaved"),
                "markdown", "Half a thought");
        assertThat(created.statusCode()).isEqualTo(200);
        var json = new tools.jackson.databind.ObjectMapper().readTree(created.body());
        String edit = json.get("editUrl").asString();
        assertThat(json.get("savedAt").asString()).startsWith("Saved at");
        assertThat(editor.get(edit).selectFirst("#markdown").val()).isEqualTo("Half a thought");

        String autosave = edit.replace("/edit", "/autosave");
        Connection.Response again = editor.post(autosave, blank, "title", "Autosaved", "markdown", "A whole thought",
                "version", json.get("version").asString());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(editor.get(edit).selectFirst("#markdown").val()).isEqualTo("A whole thought");

        Connection.Response stale = editor.post(autosave, blank, "title", "Autosaved", "markdown", "Lost?",
                "version", json.get("version").asString());
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(editor.get(edit).selectFirst("#markdown").val()).isEqualTo("A whole thought");
    }

    @Test
    void savesAQuickDraftFromTheDashboardAndKeepsItsTextWhenTheTitleIsMissing() {
        EditorSession editor = writer(Role.CONTRIBUTOR);
        Document dashboard = editor.get("/admin");
        assertValid(dashboard);
        String title = unique("Quick thought");
        assertThat(location(editor.post("/admin/drafts", dashboard, "title", title, "text", "Later."))).isEqualTo("/admin");
        Document after = editor.get("/admin");
        assertThat(after.selectFirst(".notice").text()).contains(title);
        assertThat(after.select(".drafts li a").eachText()).contains(title);

        location(editor.post("/admin/drafts", after, "title", " ", "text", "Words to keep"));
        Document refused = editor.get("/admin");
        assertThat(refused.selectFirst("#quick-draft-error").text()).contains("title");
        assertThat(refused.selectFirst("#draft-text").val()).isEqualTo("Words to keep");
    }

    @Test
    void showsCommentsAwaitingModerationOnTheDashboardWithALinkToModerate() {
        MadePost post = fixtures.post("Discussed", "Talk.");
        fixtures.comment(post, null, "Held Reader", "Wait for me", org.reelpress.comment.CommentStatus.PENDING);
        Document dashboard = writer(Role.EDITOR).get("/admin");
        assertThat(dashboard.selectFirst(".pending a").attr("href")).isEqualTo("/admin/comments?status=pending");
        assertThat(dashboard.selectFirst(".pending a").text()).contains("awaiting moderation");
        assertThat(writer(Role.AUTHOR).get("/admin").select(".pending")).isEmpty();
    }

    @Test
    void trashesRestoresAndDeletesInBulkDeletingOnlyFromTheTrash() {
        EditorSession editor = writer(Role.EDITOR);
        String word = "bulk" + SEQUENCE.incrementAndGet() + "x" + System.nanoTime() % 100_000;
        long first = EditorSession.idIn(location(editor.save("/admin/posts/new",
                fields("title", unique("First " + word), "markdown", "One.", "status", "published"))));
        long second = EditorSession.idIn(location(editor.save("/admin/posts/new",
                fields("title", unique("Second " + word), "markdown", "Two.", "status", "published"))));
        String list = "/admin/posts?q=" + word;
        Document page = editor.get(list);
        assertThat(page.select("table.posts tbody tr")).hasSize(2);
        assertValid(page);

        location(editor.post("/admin/posts/bulk", page, "ids", String.valueOf(first), "ids", String.valueOf(second),
                "action", "delete", "back", list));
        assertThat(editor.get(list).selectFirst(".notice").text()).startsWith("0 posts deleted permanently. 2 left");

        location(editor.post("/admin/posts/bulk", page, "ids", String.valueOf(first), "ids", String.valueOf(second),
                "action", "trash", "back", list));
        Document trashed = editor.get(list);
        assertThat(trashed.selectFirst(".notice").text()).isEqualTo("2 posts moved to the trash.");
        assertThat(trashed.select("table.posts tbody tr")).isEmpty();
        assertThat(editor.get(list + "&status=trash").select("table.posts tbody tr")).hasSize(2);

        location(editor.post("/admin/posts/bulk", page, "ids", String.valueOf(first), "action", "restore", "back", list));
        assertThat(editor.get(list + "&status=draft").select("table.posts tbody tr th a.edit").text()).contains("First");
        location(editor.post("/admin/posts/bulk", page, "ids", String.valueOf(second), "action", "delete", "back", list));
        assertThat(editor.get(list).selectFirst(".notice").text()).isEqualTo("1 post deleted permanently.");
        assertThat(editor.fetch("/admin/posts/" + second + "/edit").statusCode()).isEqualTo(404);
    }

    @Test
    void filtersTheListByStatusTagAndWords() {
        EditorSession editor = writer(Role.EDITOR);
        String word = "filter" + SEQUENCE.incrementAndGet() + "y" + System.nanoTime() % 100_000;
        location(editor.save("/admin/posts/new", fields("title", unique("Tagged " + word), "markdown", "x",
                "tags", word + "-tag", "status", "published")));
        location(editor.save("/admin/posts/new", fields("title", unique("Draft " + word), "markdown", "x")));
        Document all = editor.get("/admin/posts?q=" + word);
        assertThat(all.select("table.posts tbody tr")).hasSize(2);
        assertThat(editor.get("/admin/posts?status=draft&q=" + word).select("table.posts tbody th a.edit").text())
                .startsWith("Draft");
        String tagId = all.select("#filter-tag option").stream().filter(o -> o.text().equals(word + "-tag"))
                .findFirst().orElseThrow().val();
        assertThat(editor.get("/admin/posts?tag=" + tagId).select("table.posts tbody th a.edit").text()).startsWith("Tagged");
        assertThat(editor.get("/admin/posts?status=nonsense&page=x&author=y&q=" + word).select("table.posts tbody tr")).hasSize(2);
    }

    @Test
    void givesAPageItsOwnAddressWithItsDiscussionAndNeverARouteOfTheBlog() {
        EditorSession editor = writer(Role.EDITOR);
        String title = unique("About this blog");
        String edit = location(editor.save("/admin/pages/new", fields("title", title, "markdown", "Who writes here.",
                "status", "published")));
        Document editorPage = editor.get(edit);
        assertValid(editorPage);
        assertThat(editorPage.select("#work")).isEmpty();
        String address = editorPage.selectFirst(".view-link a").attr("href");
        assertThat(address).isEqualTo("/" + org.reelpress.post.Slugs.from(title) + "/");

        Document page = get(address);
        assertThat(page.selectFirst("h1").text()).isEqualTo(title);
        assertThat(page.select(".work-line")).isEmpty();
        long comment = postComment(editor.browser(), new MadePost(EditorSession.idIn(edit), title, address), null, "A fine page");
        assertThat(get(address).selectFirst("#comment-" + comment + " .comment-content").text()).isEqualTo("A fine page");
        assertValid(get(address));

        String reserved = location(editor.save("/admin/pages/new", fields("title", "Admin", "slug", "admin",
                "markdown", "Not the admin.", "status", "published")));
        assertThat(editor.get(reserved).selectFirst("#slug").val()).startsWith("admin-");
        assertThat(editor.fetch("/admin").statusCode()).isEqualTo(200);
        assertThat(get("/admin/").title()).doesNotContain("Admin —");
        assertThat(editor.fetch("/no-such-page-" + SEQUENCE.incrementAndGet() + "/").statusCode()).isEqualTo(404);
        assertValid(editor.get("/admin/pages"));
    }
}
