package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.HtmlChecker;
import org.reelpress.identity.Role;
import org.reelpress.identity.UserRepository;
import org.reelpress.identity.Writers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class ModeratingCommentsTest extends BlogTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    CommentRepository comments;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder passwords;

    private MadePost post;
    private Connection moderator;

    @BeforeEach
    void aPostAndAnEditor() {
        settings.put("comment_policy", "hold_first");
        post = fixtures.post("Moderation desk", "Talk.");
        moderator = signedIn(Role.EDITOR);
    }

    @Test
    void approvesAHeldCommentSoThatReadersSeeAndCountIt() {
        long id = held("Ada", "ada@example.com", "Held until approved");
        Document list = page(moderator, "/admin/comments?post=" + post.id());
        assertThat(list.select("#comment-" + id + " .status").text()).isEqualTo("pending");

        Connection.Response done = act(moderator, list, "/admin/comments/" + id + "/approve");

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(done.header("Location")).isEqualTo("/admin/comments?status=pending&post=" + post.id());
        Document back = page(moderator, done.header("Location"));
        assertThat(back.selectFirst(".notice").text()).isEqualTo("1 comment approved.");
        assertThat(back.select("#comment-" + id)).isEmpty();
        assertThat(heading()).startsWith("One thought on");
        assertThat(comments.find(id).orElseThrow().status()).isEqualTo(CommentStatus.APPROVED);
    }

    @ParameterizedTest
    @EnumSource(value = ModerationAction.class, names = {"UNAPPROVE", "SPAM", "TRASH"})
    void takesAnApprovedCommentOutOfTheThread(ModerationAction action) {
        long id = fixtures.comment(post, null, "Bea", "Shown for now");
        assertThat(heading()).startsWith("One thought on");
        Document list = page(moderator, "/admin/comments?status=approved&post=" + post.id());

        Document back = page(moderator, act(moderator, list, "/admin/comments/" + id + "/" + action.word()).header("Location"));

        assertThat(back.selectFirst(".notice").text()).isEqualTo("1 comment " + action.done() + ".");
        assertThat(comments.find(id).orElseThrow().status()).isEqualTo(action.result());
        assertThat(heading()).isEqualTo("No thoughts yet");
        assertThat(get(post.permalink()).select("#comment-" + id)).isEmpty();
    }

    @Test
    void deletesOnlyFromSpamOrTheTrashAndKeepsTheRepliesInTheThread() {
        long parent = fixtures.comment(post, null, "Cleo", "Going away");
        long reply = fixtures.comment(post, parent, "Dan", "Staying");
        Document list = page(moderator, "/admin/comments?status=all&post=" + post.id());

        Document refused = page(moderator, act(moderator, list, "/admin/comments/" + parent + "/delete").header("Location"));
        assertThat(refused.selectFirst(".notice").text()).contains("only comments in spam or the trash can be deleted");
        assertThat(comments.find(parent)).isPresent();

        page(moderator, act(moderator, list, "/admin/comments/" + parent + "/trash").header("Location"));
        Document deleted = page(moderator, act(moderator, list, "/admin/comments/" + parent + "/delete").header("Location"));

        assertThat(deleted.selectFirst(".notice").text()).isEqualTo("1 comment deleted permanently.");
        assertThat(comments.find(parent)).isEmpty();
        Document thread = get(post.permalink());
        assertThat(thread.select("ol.comment-list > #comment-" + reply)).hasSize(1);
        assertThat(thread.selectFirst("#comments-title").text()).startsWith("One thought on");
    }

    @Test
    void approvesTheSelectedCommentsAtOnceAndSaysWhichWereNotFound() {
        long first = held("Eve", "eve@example.com", "One");
        long second = held("Finn", "finn@example.com", "Two");
        long untouched = held("Gus", "gus@example.com", "Three");
        Document list = page(moderator, "/admin/comments?post=" + post.id());

        Connection.Response done = post(moderator, list, "/admin/comments/bulk", "action", "approve",
                "ids", String.valueOf(first), "ids", String.valueOf(second), "ids", "999999999");

        assertThat(page(moderator, done.header("Location")).selectFirst(".notice").text())
                .isEqualTo("2 comments approved. 1 comment was not found.");
        assertThat(heading()).startsWith("2 thoughts on");
        assertThat(comments.find(untouched).orElseThrow().status()).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void asksForAnActionWhenTheBulkFormHasNone() {
        long id = held("Hal", "hal@example.com", "Waiting");
        Document list = page(moderator, "/admin/comments?post=" + post.id());

        Connection.Response done = post(moderator, list, "/admin/comments/bulk", "ids", String.valueOf(id));

        assertThat(page(moderator, done.header("Location")).selectFirst(".notice").text())
                .isEqualTo("Choose what to do with the selected comments.");
        assertThat(comments.find(id).orElseThrow().status()).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void answersUnknownCommentsWithAMessageAndUnknownActionsWithNotFound() {
        Document list = page(moderator, "/admin/comments");

        assertThat(page(moderator, act(moderator, list, "/admin/comments/999999999/approve").header("Location"))
                .selectFirst(".notice").text()).isEqualTo("0 comments approved. 1 comment was not found.");
        assertThat(page(moderator, act(moderator, list, "/admin/comments/not-a-number/spam").header("Location"))
                .selectFirst(".notice").text()).contains("1 comment was not found.");
        assertThat(act(moderator, list, "/admin/comments/1/promote").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAFormWithoutItsToken() throws IOException {
        long id = held("Ivy", "ivy@example.com", "Forged");

        Connection.Response forged = moderator.newRequest(url("/admin/comments/" + id + "/approve"))
                .method(Connection.Method.POST).execute();

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(comments.find(id).orElseThrow().status()).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void filtersByStatusAndPostAndCountsEachStatus() {
        long pending = held("Jo", "jo@example.com", "Pending one");
        long approved = fixtures.comment(post, null, "Kim", "Approved one");
        MadePost other = fixtures.post("Another desk", "Talk.");
        long elsewhere = fixtures.comment(other, null, "Lu", "Elsewhere");

        Document list = page(moderator, "/admin/comments?status=approved&post=" + post.id());

        assertThat(list.select(".moderation-list > li")).extracting(li -> li.id()).containsExactly("comment-" + approved);
        assertThat(list.select(".status-filter a").eachText())
                .containsExactly("Pending (1)", "Approved (1)", "Spam (0)", "Trash (0)", "All (2)");
        assertThat(list.selectFirst(".status-filter a[aria-current=page]").text()).isEqualTo("Approved (1)");
        assertThat(list.selectFirst("h1").text()).isEqualTo("Comments on “" + post.title() + "”");
        assertThat(list.selectFirst("#comment-" + approved + " a.permalink").attr("href"))
                .isEqualTo(post.permalink() + "#comment-" + approved);
        Document everyPost = page(moderator, "/admin/comments?status=all");
        assertThat(everyPost.select("#comment-" + pending + ", #comment-" + elsewhere)).hasSize(2);
    }

    @Test
    void searchesTextNamesAndAddressesTakingPercentAndUnderscoreLiterally() {
        long percent = held("Mo", "mo@example.com", "A solid 100% recommendation");
        long plain = held("No_Name", "nobody@example.com", "A solid 1000 recommendation");
        long mail = held("Oz", "oz.search@example.com", "Nothing to find here");

        assertThat(ids("/admin/comments?post=" + post.id() + "&q=100%25")).containsExactly(percent);
        assertThat(ids("/admin/comments?post=" + post.id() + "&q=o_n")).containsExactly(plain);
        assertThat(ids("/admin/comments?post=" + post.id() + "&q=OZ.SEARCH")).containsExactly(mail);
        assertThat(ids("/admin/comments?post=" + post.id() + "&q=solid")).containsExactlyInAnyOrder(percent, plain);
        Document list = page(moderator, "/admin/comments?post=" + post.id() + "&q=solid");
        assertThat(list.select(".status-filter a").first().text()).isEqualTo("Pending (2)");
        assertThat(list.selectFirst("#comment-" + percent + " .moderated-author").text())
                .contains("Mo", "mo@example.com", "IP 127.0.0.1");
    }

    @Test
    void keepsTheFiltersWhenItSendsTheModeratorBack() {
        long id = held("Pat", "pat@example.com", "Words & more");
        Document list = page(moderator, "/admin/comments?status=pending&post=" + post.id() + "&q=words+%26+more");

        Connection.Response done = act(moderator, list, "/admin/comments/" + id + "/spam");

        assertThat(done.header("Location")).isEqualTo("/admin/comments?status=pending&post=" + post.id() + "&q=words%20%26%20more");
    }

    @Test
    void readsJunkParametersAsTheDefaults() {
        held("Quinn", "quinn@example.com", "Still listed");
        for (String junk : List.of("?status=bogus&post=-1&page=99999999999999999999", "?page=0&post=abc&q=" + "x".repeat(5000),
                "?status=&post=&q=&page=", "?status=all&status=spam&page=-3", "?q=%27%3B+DROP+TABLE+comments%3B--")) {
            Connection.Response response = execute(moderator.newRequest(url("/admin/comments" + junk)));
            assertThat(response.statusCode()).as(junk).isEqualTo(200);
        }
        assertThat(page(moderator, "/admin/comments?status=bogus").selectFirst(".status-filter a[aria-current=page]").text())
                .startsWith("Pending");
    }

    @Test
    void servesValidHtml() {
        held("Rae", "rae@example.com", "Check *me*");
        fixtures.comment(post, null, "Sam", "And me");
        Document list = page(moderator, "/admin/comments?status=all&post=" + post.id());
        Connection.Response done = act(moderator, list, "/admin/comments/999999999/approve");

        String html = execute(moderator.newRequest(url(done.header("Location")))).body();

        assertThat(html).contains("class=\"notice\"", "type=\"checkbox\"");
        assertThat(new HtmlChecker().errorsIn(html)).isEmpty();
    }

    @Test
    void announcesACommentThatBecomesApprovedOnlyOnce() {
        long id = held("Tia", "tia@example.com", "Announce me");
        List<Object> published = new ArrayList<>();
        CommentModeration moderation = new CommentModeration(comments, published::add);

        moderation.apply(ModerationAction.APPROVE, List.of(id));
        moderation.apply(ModerationAction.APPROVE, List.of(id));

        assertThat(published).filteredOn(CommentApproved.class::isInstance)
                .containsExactly(new CommentApproved(id, post.id()));
        assertThat(published).as("the filter learns from the decision once, too")
                .containsOnlyOnce(new CommentJudged(id, false));
    }

    @Nested
    class WhoMayModerate {

        @Test
        void sendsAnAnonymousVisitorToSignIn() {
            Connection.Response response = execute(session().newRequest(url("/admin/comments")));

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.header("Location")).endsWith("/signin");
        }

        @Test
        void refusesContributorsAuthorsAndCommenters() {
            long id = held("Uma", "uma@example.com", "Not yours to approve");
            Document editorsList = page(moderator, "/admin/comments");
            for (Role role : List.of(Role.CONTRIBUTOR, Role.AUTHOR, Role.COMMENTER)) {
                Connection browser = signedIn(role);
                assertThat(execute(browser.newRequest(url("/admin/comments"))).statusCode()).as(role.name()).isEqualTo(403);
                String token = page(browser, post.permalink()).selectFirst("#commentform input[name=_csrf]").val();
                Connection.Response tried = execute(browser.newRequest(url("/admin/comments/" + id + "/approve"))
                        .method(Connection.Method.POST).data("_csrf", token));
                assertThat(tried.statusCode()).as(role.name()).isEqualTo(403);
            }
            assertThat(editorsList.select("#comment-" + id)).hasSize(1);
            assertThat(comments.find(id).orElseThrow().status()).isEqualTo(CommentStatus.PENDING);
        }

        @Test
        void letsEditorsAndAdministratorsIn() {
            assertThat(execute(moderator.newRequest(url("/admin/comments"))).statusCode()).isEqualTo(200);
            assertThat(execute(signedIn(Role.ADMINISTRATOR).newRequest(url("/admin/comments"))).statusCode()).isEqualTo(200);
        }
    }

    private long held(String name, String email, String body) {
        return comments.add(NewComment.guest(post.id(), null, name, email, "", body, "127.0.0.1", "test"),
                "<p>" + body + "</p>", CommentStatus.PENDING, Instant.now());
    }

    private String heading() {
        return get(post.permalink()).selectFirst("#comments-title").text();
    }

    private List<Long> ids(String path) {
        return page(moderator, path).select(".moderation-list input[name=ids]").eachAttr("value").stream()
                .map(Long::parseLong).toList();
    }

    private Connection signedIn(Role role) {
        String login = Writers.create(users, passwords, role, PASSWORD);
        Connection browser = session();
        Document form = page(browser, "/signin");
        Connection.Response response = execute(browser.newRequest(url("/signin")).method(Connection.Method.POST)
                .data("_csrf", form.selectFirst("input[name=_csrf]").val()).data("login", login).data("password", PASSWORD));
        assertThat(response.header("Location")).doesNotContain("error");
        return browser;
    }

    /** Presses a row's button: the list's form, sent to the button's own address. */
    private Connection.Response act(Connection browser, Document list, String action) {
        return post(browser, list, action);
    }

    private Connection.Response post(Connection browser, Document list, String path, String... fields) {
        Connection request = browser.newRequest(url(path)).method(Connection.Method.POST)
                .data("_csrf", list.selectFirst("input[name=_csrf]").val());
        for (String field : List.of("status", "post", "q", "page")) {
            var input = list.selectFirst("#moderate input[name=" + field + "]");
            if (input != null) {
                request.data(field, input.val());
            }
        }
        for (int i = 0; i < fields.length; i += 2) {
            request.data(fields[i], fields[i + 1]);
        }
        return execute(request);
    }

    private Document page(Connection browser, String path) {
        Connection.Response response = execute(browser.newRequest(url(path)));
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        try {
            return response.parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Connection.Response execute(Connection request) {
        try {
            return request.execute();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
