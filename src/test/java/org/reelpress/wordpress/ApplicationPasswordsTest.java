package org.reelpress.wordpress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.HtmlChecker;
import org.reelpress.comment.CommentRepository;
import org.reelpress.comment.CommentStatus;
import org.reelpress.identity.Role;
import org.reelpress.identity.UserFixtures.Account;
import org.springframework.beans.factory.annotation.Autowired;

/** Writers make application passwords on their account page; programs use them, and only them, for the API. */
class ApplicationPasswordsTest extends RestApiTest {

    private static final HtmlChecker HTML = new HtmlChecker();

    @Autowired
    CommentRepository comments;

    /** Makes an application password through the account page, as its owner would, and returns it. */
    private String applicationPassword(Connection browser, String name) throws IOException {
        Document account = browser.newRequest(url("/account")).get();
        Document created = browser.newRequest(url("/account/application-passwords")).method(Connection.Method.POST)
                .data("_csrf", account.selectFirst("form.new-application-password input[name=_csrf]").val())
                .data("name", name).post();
        return created.selectFirst("#new-application-password code").text();
    }

    @Test
    void showsANewPasswordOnceInGroupsOfFour() throws IOException {
        Connection editor = signedIn(users.create(Role.EDITOR, "Editor"));

        String password = applicationPassword(editor, "Phone app");

        assertThat(password).matches("[A-Za-z0-9]{4}( [A-Za-z0-9]{4}){5}");
        Document later = editor.newRequest(url("/account")).get();
        assertThat(HTML.errorsIn(later.outerHtml())).isEmpty();
        assertThat(later.select("#new-application-password")).isEmpty();
        assertThat(later.text()).contains("Phone app").doesNotContain(password);
    }

    @Test
    void asksForANameAndKeepsNothingWithoutOne() throws IOException {
        Connection author = signedIn(users.create(Role.AUTHOR, "Author"));
        Document account = author.newRequest(url("/account")).get();

        Connection.Response response = author.newRequest(url("/account/application-passwords"))
                .method(Connection.Method.POST)
                .data("_csrf", account.selectFirst("form.new-application-password input[name=_csrf]").val())
                .data("name", "  ").execute();

        Document page = response.parse();
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(page.selectFirst("#application-password-problem").text()).contains("name");
        assertThat(page.select("table.application-passwords")).isEmpty();
    }

    @Test
    void letsAnEditorModerateWithTheRightPasswordOnly() throws IOException {
        Account editor = users.create(Role.EDITOR, "Moderating editor");
        String password = applicationPassword(signedIn(editor), "Moderation tool");
        MadePost post = fixtures.post("Moderated by API", "Talk.");
        long held = fixtures.comment(post, null, "Waiting Guest", "Please approve", CommentStatus.PENDING);

        Answer wrong = call("POST", "/wp-json/wp/v2/comments/" + held, json(Map.of("status", "approved")),
                basic(editor.login(), "abcd efgh ijkl mnop qrst uvwx"));
        Answer accountPassword = call("POST", "/wp-json/wp/v2/comments/" + held, json(Map.of("status", "approved")),
                basic(editor.login(), editor.password()));
        Answer heldList = get("/wp-json/wp/v2/comments?status=hold&post=" + post.id(), basic(editor.login(), password));
        Answer approved = call("POST", "/wp-json/wp/v2/comments/" + held, json(Map.of("status", "approved")),
                basic(editor.login(), password.replace(" ", "")));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("code").asString()).isEqualTo("incorrect_password");
        assertThat(accountPassword.status()).isEqualTo(401);
        assertThat(heldList.json().get(0).get("id").asLong()).isEqualTo(held);
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("approved");
        assertThat(comments.find(held).orElseThrow().status()).isEqualTo(CommentStatus.APPROVED);
    }

    @Test
    void marksSpamTrashesAndDeletesForGood() throws IOException {
        Account editor = users.create(Role.EDITOR, "Cleaning editor");
        String auth = basic(editor.login(), applicationPassword(signedIn(editor), "Cleaner"));
        MadePost post = fixtures.post("Cleaned up", "Talk.");
        long spam = fixtures.comment(post, null, "Spam Bot", "Buy now");
        long gone = fixtures.comment(post, null, "Old Guest", "Outdated");

        Answer markedSpam = call("POST", "/wp-json/wp/v2/comments/" + spam, json(Map.of("status", "spam")), auth);
        Answer trashed = call("DELETE", "/wp-json/wp/v2/comments/" + gone, null, auth);
        Answer trashedAgain = call("DELETE", "/wp-json/wp/v2/comments/" + gone, null, auth);
        Answer deleted = call("DELETE", "/wp-json/wp/v2/comments/" + gone + "?force=true", null, auth);

        assertThat(markedSpam.json().get("status").asString()).isEqualTo("spam");
        assertThat(comments.find(spam).orElseThrow().status()).isEqualTo(CommentStatus.SPAM);
        assertThat(trashed.json().get("status").asString()).isEqualTo("trash");
        assertThat(trashedAgain.status()).isEqualTo(410);
        assertThat(trashedAgain.json().get("code").asString()).isEqualTo("rest_already_trashed");
        assertThat(deleted.json().get("deleted").asBoolean()).isTrue();
        assertThat(deleted.json().get("previous").get("id").asLong()).isEqualTo(gone);
        assertThat(comments.find(gone)).isEmpty();
    }

    @Test
    void refusesModerationToAWriterWhoMayNotModerate() throws IOException {
        Account author = users.create(Role.AUTHOR, "Plain author");
        String auth = basic(author.login(), applicationPassword(signedIn(author), "Blogging app"));
        MadePost post = fixtures.post("Not theirs to judge", "Talk.");
        long held = fixtures.comment(post, null, "Guest", "Hold me", CommentStatus.PENDING);

        Answer approve = call("POST", "/wp-json/wp/v2/comments/" + held, json(Map.of("status", "approved")), auth);
        Answer heldList = get("/wp-json/wp/v2/comments?status=hold", auth);

        assertThat(approve.status()).isEqualTo(403);
        assertThat(approve.json().get("code").asString()).isEqualTo("rest_cannot_edit");
        assertThat(heldList.status()).isEqualTo(403);
        assertThat(comments.find(held).orElseThrow().status()).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void refusesARevokedPassword() throws IOException {
        Account editor = users.create(Role.EDITOR, "Revoking editor");
        Connection browser = signedIn(editor);
        String password = applicationPassword(browser, "Old laptop");
        assertThat(get("/wp-json/wp/v2/comments?status=hold", basic(editor.login(), password)).status()).isEqualTo(200);
        Document account = browser.newRequest(url("/account")).get();
        String revoke = account.selectFirst("table.application-passwords form").attr("action");

        browser.newRequest(url(revoke)).method(Connection.Method.POST)
                .data("_csrf", account.selectFirst("table.application-passwords input[name=_csrf]").val()).post();

        Answer after = get("/wp-json/wp/v2/comments?status=hold", basic(editor.login(), password));
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().get("code").asString()).isEqualTo("incorrect_password");
    }

    @Test
    void commentsUnderTheAccountsNameWhenSignedIn() throws IOException {
        Account author = users.create(Role.AUTHOR, "Commenting author");
        String auth = basic(author.login(), applicationPassword(signedIn(author), "Reply app"));
        MadePost post = fixtures.post("Answered by its author", "Talk.");

        Answer created = call("POST", "/wp-json/wp/v2/comments", json(Map.of("post", post.id(), "content", "Thanks all")), auth);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("author").asLong()).isEqualTo(author.id());
        assertThat(created.json().get("author_name").asString()).isEqualTo(author.displayName());
    }

    @Test
    void opensNothingWithASignInCookie() throws IOException {
        Account editor = users.create(Role.EDITOR, "Cookie editor");
        Connection browser = signedIn(editor);

        Connection.Response response = browser.newRequest(url("/wp-json/wp/v2/comments?status=hold"))
                .ignoreContentType(true).execute();

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("rest_forbidden_param");
    }
}
