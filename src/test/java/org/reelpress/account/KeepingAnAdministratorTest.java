package org.reelpress.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.reelpress.BlogTest;
import org.reelpress.identity.Role;
import org.reelpress.identity.UserFixtures;
import org.reelpress.identity.UserFixtures.Account;
import org.reelpress.identity.UserRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On a blog of its own, where the administrators are exactly those the test makes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(UserFixtures.class)
class KeepingAnAdministratorTest {

    @LocalServerPort
    int port;

    @Autowired
    UserFixtures users;

    @Autowired
    UserRepository userRows;

    @DynamicPropertySource
    static void ownDataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("reelpress-administrators-").toString();
        registry.add("reelpress.data-dir", () -> dir);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private Connection signedIn(Account account) {
        return UserFixtures.signIn(BlogTest.browserSession(), url(""), account);
    }

    private Connection.Response deleteAccount(Connection browser) throws IOException {
        // the page shows no delete form to the last administrator: the token comes from the sign-in page
        String token = browser.newRequest(url("/signin")).get().selectFirst("input[name=_csrf]").val();
        return browser.newRequest(url("/account/delete")).method(Connection.Method.POST)
                .data("_csrf", token).data("confirm", "yes").execute();
    }

    @Test
    void keepsTheOnlyAdministratorWhoCanSignInUntilAnotherCan() throws IOException {
        Account owner = users.create(Role.ADMINISTRATOR, "Owner");
        Connection owners = signedIn(owner);
        Account deputy = users.create(Role.ADMINISTRATOR, "Deputy");
        userRows.setBlocked(deputy.id(), true, Instant.now());

        Document alone = owners.newRequest(url("/account")).get();
        assertThat(alone.select(".delete-account")).isEmpty();
        assertThat(alone.selectFirst("#delete-refused").text()).contains("only administrator");
        Connection.Response refused = deleteAccount(owners);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.parse().selectFirst("#delete-problem").text()).contains("the blog needs one");
        assertThat(userRows.find(owner.id()).orElseThrow().deleted()).isFalse();

        userRows.setBlocked(deputy.id(), false, Instant.now());

        assertThat(owners.newRequest(url("/account")).get().select(".delete-account")).hasSize(1);
        assertThat(deleteAccount(owners).statusCode()).isEqualTo(200);
        assertThat(userRows.find(owner.id()).orElseThrow().deleted()).isTrue();
    }
}
