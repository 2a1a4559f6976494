package org.reelpress.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
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
import org.reelpress.identity.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class ManagingUsersTest extends BlogTest {

    @Autowired
    UserRepository userRows;

    @Autowired
    JdbcClient db;

    private Account administrator;
    private Connection admin;
    private Account reader;

    @BeforeEach
    void signInAnAdministrator() {
        administrator = users.create(Role.ADMINISTRATOR, "Head Admin");
        admin = signedIn(administrator);
        reader = users.create(Role.COMMENTER, "Plain Reader");
    }

    private Document open(Connection browser, String path) throws IOException {
        return browser.newRequest(url(path)).get();
    }

    /** Presses a row's button as the administrator would, with the list page's token. */
    private Connection.Response press(Connection browser, String action, long userId) throws IOException {
        return browser.newRequest(url("/admin/users/" + userId + "/" + action)).method(Connection.Method.POST)
                .data("_csrf", tokenFrom(browser)).execute();
    }

    /** A valid form token of this session, from a page every signed-in user may open. */
    private String tokenFrom(Connection browser) throws IOException {
        return open(browser, "/signin").selectFirst("input[name=_csrf]").val();
    }

    private Element rowOf(Document list, Account account) {
        return list.selectFirst("#user-" + account.id());
    }

    @Test
    void listsEveryUserWithTheirRoleTheirCommentCountAndWhetherTheyAreBlocked() throws IOException {
        MadePost post = fixtures.post("Review with counted comments", "Count them.");
        Connection readers = signedIn(reader);
        postComment(readers, post, null, "One");
        postComment(readers, post, null, "Two");
        Account editor = users.create(Role.EDITOR, "Busy Editor");
        userRows.setBlocked(editor.id(), true, Instant.now());

        Document list = open(admin, "/admin/users");

        Element readerRow = rowOf(list, reader);
        assertThat(readerRow.selectFirst(".name").text()).isEqualTo(reader.displayName());
        assertThat(readerRow.selectFirst(".role").text()).isEqualTo("Commenter");
        assertThat(readerRow.selectFirst(".comments").text()).isEqualTo("2");
        assertThat(readerRow.selectFirst(".status").text()).isEqualTo("Active");
        assertThat(readerRow.select(".action button").text()).isEqualTo("Block " + reader.displayName());
        Element editorRow = rowOf(list, editor);
        assertThat(editorRow.selectFirst(".role").text()).isEqualTo("Editor");
        assertThat(editorRow.selectFirst(".comments").text()).isEqualTo("0");
        assertThat(editorRow.selectFirst(".status").text()).isEqualTo("Blocked");
        assertThat(editorRow.select(".action button").text()).isEqualTo("Unblock " + editor.displayName());
        Element ownRow = rowOf(list, administrator);
        assertThat(ownRow.selectFirst(".name").text()).endsWith("(you)");
        assertThat(ownRow.select(".action button")).isEmpty();
    }

    @Test
    void blocksAndUnblocksAUserSayingSoEachTime() throws IOException {
        Connection.Response blocked = press(admin, "block", reader.id());

        assertThat(blocked.statusCode()).isEqualTo(303);
        assertThat(blocked.header("Location")).isEqualTo("/admin/users");
        Document afterBlock = open(admin, "/admin/users");
        assertThat(afterBlock.selectFirst("#notice").text()).isEqualTo(reader.displayName()
                + " is blocked: they see no comment form, and anything they post waits for a moderator.");
        assertThat(rowOf(afterBlock, reader).selectFirst(".status").text()).isEqualTo("Blocked");
        assertThat(userRows.find(reader.id()).orElseThrow().blocked()).isTrue();
        assertThat(open(admin, "/admin/users").select("#notice")).as("the message shows once").isEmpty();

        press(admin, "unblock", reader.id());

        Document afterUnblock = open(admin, "/admin/users");
        assertThat(afterUnblock.selectFirst("#notice").text()).isEqualTo(reader.displayName() + " may comment again.");
        assertThat(rowOf(afterUnblock, reader).selectFirst(".status").text()).isEqualTo("Active");
        assertThat(userRows.find(reader.id()).orElseThrow().blocked()).isFalse();
    }

    @Test
    void doesNotLetAnAdministratorBlockThemselves() throws IOException {
        Connection.Response crafted = press(admin, "block", administrator.id());

        assertThat(crafted.statusCode()).isEqualTo(303);
        assertThat(open(admin, "/admin/users").selectFirst("#problem").text()).isEqualTo("You cannot block your own account.");
        assertThat(userRows.find(administrator.id()).orElseThrow().blocked()).isFalse();
    }

    @Test
    void hidesTheFormFromABlockedUserAndHoldsWhatTheyPostAnyway() throws IOException {
        MadePost post = fixtures.post("Review a blocked reader visits", "Read only.");
        Connection readers = signedIn(reader);
        assertThat(open(readers, post.permalink()).select("#commentform")).as("the form before the block").hasSize(1);

        press(admin, "block", reader.id());

        Document page = open(readers, post.permalink());
        assertThat(page.select("#commentform")).isEmpty();
        assertThat(page.selectFirst(".comments-closed").text()).startsWith("Your account may not comment on this blog.");
        Connection.Response crafted = readers.newRequest(url("/comments")).method(Connection.Method.POST)
                .data("_csrf", tokenFrom(readers)).data("post", String.valueOf(post.id()))
                .data("comment", "Posted past the hidden form").execute();
        assertThat(crafted.statusCode()).isEqualTo(303);
        long id = Long.parseLong(crafted.header("Location").replaceAll(".*#comment-", ""));
        assertThat(db.sql("SELECT status FROM comments WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("pending");
        Document seenByOthers = get(post.permalink());
        assertThat(seenByOthers.select("#comment-" + id)).isEmpty();
        assertThat(seenByOthers.text()).doesNotContain("Posted past the hidden form");
        assertThat(open(readers, "/account").selectFirst("#own-comment-" + id + " .status").text())
                .isEqualTo("Waiting for a moderator");
    }

    @Test
    void answersNotFoundForJunkAndUnknownUsers() throws IOException {
        long deleted = users.create(Role.COMMENTER, "Left Already").id();
        userRows.delete(deleted, Instant.now());

        for (String path : List.of("/admin/users/abc/block", "/admin/users/-1/unblock",
                "/admin/users/99999999999999999999/block", "/admin/users/999999999/block", "/admin/users/" + deleted + "/block")) {
            Connection.Response response = admin.newRequest(url(path)).method(Connection.Method.POST)
                    .data("_csrf", tokenFrom(admin)).execute();
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.parse().selectFirst("h1").text()).as(path).isEqualTo("Nothing here");
        }
    }

    @Nested
    class AtTheRoleBoundary {

        @Test
        void refusesEditorsAndCommentersTheListAndTheButtons() throws IOException {
            for (Role role : List.of(Role.EDITOR, Role.AUTHOR, Role.COMMENTER)) {
                Connection someone = signedIn(users.create(role, "Not An Admin"));

                Connection.Response list = someone.newRequest(url("/admin/users")).execute();
                assertThat(list.statusCode()).as("list, as %s", role).isEqualTo(403);
                assertThat(list.parse().selectFirst("h1").text()).isEqualTo("Not allowed");
                assertThat(press(someone, "block", reader.id()).statusCode()).as("block, as %s", role).isEqualTo(403);
                assertThat(press(someone, "unblock", reader.id()).statusCode()).as("unblock, as %s", role).isEqualTo(403);
            }
            assertThat(userRows.find(reader.id()).orElseThrow().blocked()).isFalse();
        }

        @Test
        void sendsSomeoneSignedOutToSignIn() throws IOException {
            Connection stranger = session();

            Connection.Response list = stranger.newRequest(url("/admin/users")).execute();
            Connection.Response block = press(stranger, "block", reader.id());

            assertThat(list.statusCode()).isEqualTo(302);
            assertThat(list.header("Location")).endsWith("/signin");
            assertThat(block.statusCode()).isEqualTo(302);
            assertThat(block.header("Location")).endsWith("/signin");
            assertThat(userRows.find(reader.id()).orElseThrow().blocked()).isFalse();
        }
    }
}
