package org.reelpress.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;

import org.jsoup.Connection;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;

/**
 * Each role against each action the blog has a page for, over HTTP: allowed answers 200 or
 * 303, a crossed line answers 403, and a visitor who is not signed in is sent to sign in.
 */
class RoleBoundariesTest extends BlogTest {

    private static final Map<Role, Connection> SIGNED_IN = new EnumMap<>(Role.class);

    private Connection as(String who) {
        if (who.equals("visitor")) {
            return session();
        }
        Role role = Role.ofColumn(who);
        return SIGNED_IN.computeIfAbsent(role, r -> signedIn(users.create(r, "Boundary " + r.column())));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {3}")
    @CsvSource({
            // comment (every role, and guests)
            "visitor,       POST, comment,          303",
            "commenter,     POST, comment,          303",
            "contributor,   POST, comment,          303",
            // moderate comments
            "visitor,       GET,  /admin/comments,  302",
            "commenter,     GET,  /admin/comments,  403",
            "contributor,   GET,  /admin/comments,  403",
            "author,        GET,  /admin/comments,  403",
            "editor,        GET,  /admin/comments,  200",
            "administrator, GET,  /admin/comments,  200",
            // manage users
            "visitor,       GET,  /admin/users,     302",
            "commenter,     GET,  /admin/users,     403",
            "contributor,   GET,  /admin/users,     403",
            "author,        GET,  /admin/users,     403",
            "editor,        GET,  /admin/users,     403",
            "administrator, GET,  /admin/users,     200",
            // move the blog in and out as a WordPress export
            "visitor,       GET,  /admin/import,    302",
            "commenter,     GET,  /admin/import,    403",
            "author,        GET,  /admin/import,    403",
            "editor,        GET,  /admin/import,    403",
            "administrator, GET,  /admin/import,    200",
            "editor,        GET,  /admin/export,    403",
            "administrator, GET,  /admin/export,    200",
            // one's own account
            "visitor,       GET,  /account,         302",
            "commenter,     GET,  /account,         200",
            "author,        GET,  /account,         200",
    })
    void answersEachRoleAsTheMatrixSays(String who, String method, String action, int expected) throws IOException {
        Connection browser = as(who.strip());
        Connection.Response response;
        if (action.equals("comment")) {
            MadePost post = fixtures.post("Boundary review", "Text.");
            var form = browser.newRequest(url(post.permalink())).get();
            Connection request = browser.newRequest(url("/comments")).method(Connection.Method.POST)
                    .data("_csrf", form.selectFirst("#commentform input[name=_csrf]").val())
                .data("stamp", form.selectFirst("#commentform input[name=stamp]").val())
                    .data("post", String.valueOf(post.id())).data("comment", "Hello from a " + who);
            if (form.selectFirst("#author") != null) {
                request.data("name", "Guest").data("email", "guest@example.com");
            }
            response = request.execute();
        } else {
            response = browser.newRequest(url(action)).execute();
        }

        assertThat(response.statusCode()).isEqualTo(expected);
        if (expected == 302) {
            assertThat(response.header("Location")).endsWith("/signin");
        }
    }
}
