package org.reelpress.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class WriterSignInTest extends BlogTest {

    private static final AtomicInteger WRITERS = new AtomicInteger();
    private static final String PASSWORD = "correct horse battery";

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder passwords;

    private String writer(Role role) {
        String login = "writer" + WRITERS.incrementAndGet();
        users.createWriter(login, login + "@example.com", "Writer " + login, role, passwords.encode(PASSWORD), Instant.now());
        return login;
    }

    private Connection.Response signIn(Connection browser, String login, String password, boolean remember) throws IOException {
        Document page = browser.newRequest(url("/signin")).get();
        Connection request = browser.newRequest(url("/signin")).method(Connection.Method.POST)
                .data("_csrf", page.selectFirst("input[name=_csrf]").val())
                .data("login", login).data("password", password);
        if (remember) {
            request.data("remember", "true");
        }
        return request.execute();
    }

    @Test
    void signsAWriterInWhoThenCommentsUnderTheirOwnName() throws IOException {
        Connection browser = session();
        String login = writer(Role.AUTHOR);
        MadePost post = fixtures.post("Writer's own review", "Text.");

        Connection.Response signedIn = signIn(browser, login, PASSWORD, false);

        assertThat(signedIn.statusCode()).isEqualTo(303);
        Document form = browser.newRequest(url(post.permalink())).get();
        assertThat(form.selectFirst(".signed-in").text()).contains("(Writer " + login + ")");
    }

    @Test
    void saysWhenTheLoginOrPasswordIsWrong() throws IOException {
        Connection browser = session();
        String login = writer(Role.EDITOR);

        Connection.Response refused = signIn(browser, login, "not the password", false);

        assertThat(refused.header("Location")).isEqualTo("/signin?error=password");
        Connection.Response page = browser.newRequest(url(refused.header("Location"))).execute();
        assertThat(page.statusCode()).isEqualTo(401);
        assertThat(page.parse().selectFirst("[role=alert]").text()).contains("not right");
    }

    @Test
    void locksAnAccountAfterFiveWrongPasswordsInARowEvenForTheRightOne() throws IOException {
        Connection browser = session();
        String login = writer(Role.ADMINISTRATOR);
        for (int i = 0; i < LoginAttempts.FAILURES_BEFORE_LOCK; i++) {
            signIn(browser, login, "guess " + i, false);
        }

        Connection.Response locked = signIn(browser, login, PASSWORD, false);

        assertThat(locked.header("Location")).isEqualTo("/signin?error=locked");
    }

    @Test
    void forgetsEarlierMistakesOnceTheRightPasswordIsGiven() throws IOException {
        Connection browser = session();
        String login = writer(Role.AUTHOR);
        for (int i = 0; i < LoginAttempts.FAILURES_BEFORE_LOCK - 1; i++) {
            signIn(browser, login, "guess " + i, false);
        }
        signIn(browser, login, PASSWORD, false);
        signIn(browser, login, "one more slip", false);

        assertThat(signIn(session(), login, PASSWORD, false).header("Location")).doesNotContain("error");
    }

    @Test
    void keepsAWriterSignedInOnThisDeviceWhenAsked() throws IOException {
        String login = writer(Role.AUTHOR);
        Connection.Response signedIn = signIn(session(), login, PASSWORD, true);
        String remembered = signedIn.cookie("remember-me");
        MadePost post = fixtures.post("Remembered", "Text.");

        Document later = session().newRequest(url(post.permalink())).cookie("remember-me", remembered).get();

        assertThat(remembered).isNotBlank();
        assertThat(signedIn.header("Set-Cookie")).isNotNull();
        assertThat(later.selectFirst(".signed-in").text()).contains("(Writer " + login + ")");
    }

    @Test
    void signsOutOnlyByPostWithTheFormToken() throws IOException {
        Connection browser = session();
        String login = writer(Role.AUTHOR);
        signIn(browser, login, PASSWORD, false);
        MadePost post = fixtures.post("Sign out here", "Text.");

        browser.newRequest(url("/signout")).execute();
        Document stillIn = browser.newRequest(url(post.permalink())).get();
        assertThat(stillIn.select(".signed-in")).hasSize(1);

        Connection.Response out = browser.newRequest(url("/signout")).method(Connection.Method.POST)
                .data("_csrf", stillIn.selectFirst(".signed-in input[name=_csrf]").val())
                .data("returnTo", "https://elsewhere.example/").execute();
        assertThat(out.header("Location")).isEqualTo("/");
        assertThat(out.headers("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("reelpress_form=;").contains("Expires=Thu, 01 Jan 1970"));
        assertThat(browser.newRequest(url(post.permalink())).get().select(".signed-in")).isEmpty();
    }
}
