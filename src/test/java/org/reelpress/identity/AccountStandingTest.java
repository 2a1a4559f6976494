package org.reelpress.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;

import org.jsoup.Connection;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.springframework.beans.factory.annotation.Autowired;

/** What an administrator decides about an account takes effect on its open sessions at once. */
class AccountStandingTest extends BlogTest {

    @Autowired
    UserRepository accounts;

    @Test
    void signsOutAWriterWhoWasBlockedWhileSignedIn() throws IOException {
        UserFixtures.Account editor = users.create(Role.EDITOR, "Soon blocked");
        Connection browser = signedIn(editor);
        assertThat(browser.newRequest(url("/admin/comments")).execute().statusCode()).isEqualTo(200);

        accounts.setBlocked(editor.id(), true, Instant.now());

        Connection.Response after = browser.newRequest(url("/admin/comments")).execute();
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.header("Location")).endsWith("/signin");
    }

    @Test
    void signsOutAnAccountDeletedWhileSignedIn() throws IOException {
        UserFixtures.Account author = users.create(Role.AUTHOR, "Soon gone");
        Connection browser = signedIn(author);
        assertThat(browser.newRequest(url("/account")).execute().statusCode()).isEqualTo(200);

        accounts.delete(author.id(), Instant.now());

        assertThat(browser.newRequest(url("/account")).execute().statusCode()).isEqualTo(302);
    }
}
