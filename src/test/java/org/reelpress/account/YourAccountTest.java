package org.reelpress.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.identity.Role;
import org.reelpress.identity.UserFixtures.Account;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class YourAccountTest extends BlogTest {

    @Autowired
    JdbcClient db;

    private MadePost post;

    @BeforeEach
    void openAReview() {
        post = fixtures.post("Review for accounts", "Something to say about it.");
    }

    private Document open(Connection browser, String path) throws IOException {
        return browser.newRequest(url(path)).get();
    }

    private Connection.Response deleteAccount(Connection browser, String confirm) throws IOException {
        Document page = open(browser, "/account");
        Connection request = browser.newRequest(url("/account/delete")).method(Connection.Method.POST)
                .data("_csrf", page.selectFirst(".delete-account input[name=_csrf]").val());
        return (confirm == null ? request : request.data("confirm", confirm)).execute();
    }

    @Test
    void showsWhoTheUserIsAndTheirCommentsNewestFirstEachLinkedToItsPlace() throws IOException {
        Account mina = users.create(Role.COMMENTER, "Mina Park");
        Connection browser = signedIn(mina);
        MadePost other = fixtures.post("Another review", "More.");
        long first = postComment(browser, post, null, "The first thing I said");
        long second = postComment(browser, other, null, "The second thing I said");
        fixtures.comment(post, null, "Someone Else", "Not my words");

        Document page = open(browser, "/account");

        assertThat(page.selectFirst("#profile-name").text()).isEqualTo(mina.displayName());
        assertThat(page.selectFirst("#profile-sign-in").text()).isEqualTo("your login and password");
        assertThat(page.selectFirst("#profile-role").text()).isEqualTo("Commenter");
        assertThat(page.select(".own-comment .comment-content").eachText())
                .containsExactly("The second thing I said", "The first thing I said");
        Element link = page.selectFirst("#own-comment-" + second + " .meta a");
        assertThat(link.text()).isEqualTo(other.title());
        assertThat(link.attr("href")).isEqualTo(other.permalink() + "#comment-" + second);
        assertThat(page.selectFirst("#own-comment-" + first + " .meta a").attr("href"))
                .isEqualTo(post.permalink() + "#comment-" + first);
        assertThat(page.selectFirst("#own-comment-" + first + " .status").text()).isEqualTo("Published");
        assertThat(page.select("form.export button").text()).isEqualTo("Export my data");
    }

    @Test
    void leadsFromTheCommentFormToTheAccountPage() throws IOException {
        Connection browser = signedIn(users.create(Role.COMMENTER, "Lee"));

        assertThat(open(browser, post.permalink()).selectFirst(".signed-in a[href=/account]").text()).isEqualTo("Your account");
    }

    @Test
    void exportsTheProfileAndEveryCommentOfTheUserButNoOneElses() throws IOException {
        Account ana = users.create(Role.COMMENTER, "Ana Lima");
        Account bo = users.create(Role.COMMENTER, "Bo Chen");
        Connection anas = signedIn(ana);
        long anasFirst = postComment(anas, post, null, "Ana's *own* words");
        long bos = postComment(signedIn(bo), post, null, "Bo's words");
        long anasReply = postComment(anas, post, bos, "Ana answers Bo");
        fixtures.comment(post, null, "A Guest", "A guest's words");

        Connection.Response export = anas.newRequest(url("/account/export")).ignoreContentType(true).execute();

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/json");
        assertThat(export.header("Content-Disposition")).isEqualTo("attachment; filename=\"reelpress-account.json\"");
        JsonNode json = JsonMapper.builder().build().readTree(export.body());
        JsonNode profile = json.get("profile");
        assertThat(profile.get("login").asString()).isEqualTo(ana.login());
        assertThat(profile.get("displayName").asString()).isEqualTo(ana.displayName());
        assertThat(profile.get("email").asString()).isEqualTo(ana.email());
        assertThat(profile.get("role").asString()).isEqualTo("commenter");
        assertThat(profile.get("createdAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        List<JsonNode> comments = json.get("comments").valueStream().toList();
        assertThat(comments).extracting(c -> c.get("id").asLong()).containsExactly(anasReply, anasFirst);
        assertThat(comments).extracting(c -> c.get("body").asString()).containsExactly("Ana answers Bo", "Ana's *own* words");
        assertThat(comments.get(0).get("parentId").asLong()).isEqualTo(bos);
        assertThat(comments.get(1).get("parentId").isNull()).isTrue();
        assertThat(comments.get(1).get("postId").asLong()).isEqualTo(post.id());
        assertThat(comments.get(1).get("post").get("title").asString()).isEqualTo(post.title());
        assertThat(comments.get(1).get("status").asString()).isEqualTo("approved");
        assertThat(export.body()).doesNotContain("Bo's words", "A guest's words", bo.email());
    }

    @Test
    void deletingTheAccountKeepsItsCommentsAsADeletedUsersAndForgetsTheirAddress() throws IOException {
        Account kim = users.create(Role.COMMENTER, "Kim Doe");
        Connection browser = signedIn(kim);
        long id = postComment(browser, post, null, "Words that stay");
        assertThat(storedEmailOf(id)).as("the address stored before").isEqualTo(kim.email());

        Connection.Response deleted = deleteAccount(browser, "yes");

        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.parse().selectFirst("h1").text()).isEqualTo("Your account is deleted");
        Connection.Response afterwards = browser.newRequest(url("/account")).execute();
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.header("Location")).endsWith("/signin");
        Document thread = get(post.permalink());
        Element comment = thread.selectFirst("#comment-" + id);
        assertThat(comment.selectFirst(".comment-author").text()).isEqualTo("Deleted user");
        assertThat(comment.select(".comment-author a")).isEmpty();
        assertThat(comment.selectFirst(".comment-content").text()).isEqualTo("Words that stay");
        assertThat(comment.selectFirst("img.avatar").attr("src")).isEqualTo("/avatars/0000000000000000.svg");
        assertThat(thread.html()).doesNotContain(kim.displayName(), kim.email());
        assertThat(storedEmailOf(id)).isEmpty();
        assertThat(db.sql("SELECT COUNT(*) FROM users WHERE email = :email OR display_name = :name")
                .param("email", kim.email()).param("name", kim.displayName()).query(Long.class).single()).isZero();
        Connection.Response avatar = fetch("/avatars/0000000000000000.svg");
        assertThat(avatar.body()).startsWith("<svg").contains("hsl(0 0% 88%)");
    }

    @Test
    void theDeletedUserCannotSignInAgain() throws IOException {
        Account gone = users.create(Role.AUTHOR, "Gone Writer");
        deleteAccount(signedIn(gone), "yes");

        Connection browser = session();
        Document form = open(browser, "/signin");
        Connection.Response again = browser.newRequest(url("/signin")).method(Connection.Method.POST)
                .header("X-Forwarded-For", "198.51.100.7")
                .data("_csrf", form.selectFirst("input[name=_csrf]").val())
                .data("login", gone.login()).data("password", gone.password()).execute();

        assertThat(again.header("Location")).endsWith("/signin?error=password");
    }

    @Test
    void deletesNothingUntilTheUserSaysTheyUnderstand() throws IOException {
        Account careful = users.create(Role.COMMENTER, "Careful Reader");
        Connection browser = signedIn(careful);

        Connection.Response refused = deleteAccount(browser, null);

        assertThat(refused.statusCode()).isEqualTo(422);
        Document page = refused.parse();
        assertThat(page.selectFirst("#delete-problem").text()).contains("Tick the box");
        assertThat(page.selectFirst("#confirm").hasAttr("required")).isTrue();
        assertThat(open(browser, "/account").selectFirst("#profile-name").text()).isEqualTo(careful.displayName());
    }

    @Test
    void signsOutAnotherSessionOfAnAccountDeletedMeanwhile() throws IOException {
        Account twice = users.create(Role.COMMENTER, "Two Browsers");
        Connection laptop = signedIn(twice);
        Connection phone = signedIn(twice);
        deleteAccount(phone, "yes");

        Connection.Response stale = laptop.newRequest(url("/account")).execute();

        assertThat(stale.statusCode()).isIn(302, 303);
        assertThat(stale.header("Location")).endsWith("/signin");
        assertThat(laptop.newRequest(url("/account")).execute().header("Location")).endsWith("/signin");
    }

    @Nested
    class WhenSignedOut {

        @Test
        void sendsEveryAccountAddressToTheSignInPage() throws IOException {
            for (String path : List.of("/account", "/account/export")) {
                Connection.Response response = session().newRequest(url(path)).execute();
                assertThat(response.statusCode()).as(path).isEqualTo(302);
                assertThat(response.header("Location")).as(path).endsWith("/signin");
            }
        }
    }

    private String storedEmailOf(long commentId) {
        return db.sql("SELECT author_email FROM comments WHERE id = :id").param("id", commentId).query(String.class).single();
    }

    private Connection.Response fetch(String path) throws IOException {
        return session().newRequest(url(path)).ignoreContentType(true).execute();
    }
}
