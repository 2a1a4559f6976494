package org.reelpress.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Connection;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reelpress.BlogTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** On a blog of its own: claiming it changes what every later visitor sees. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ClaimingAFreshBlogTest {

    private static final Pattern TOKEN_IN_LOG = Pattern.compile("This blog has no owner yet\\. Claim it at \\S+/setup\\?token=([0-9a-f]{32})");

    @LocalServerPort
    int port;

    @Autowired
    SetupToken setupToken;

    @DynamicPropertySource
    static void ownDataDir(DynamicPropertyRegistry registry) throws IOException {
        String dir = Files.createTempDirectory("reelpress-setup-").toString();
        registry.add("reelpress.data-dir", () -> dir);
    }

    private final Connection browser = BlogTest.browserSession();

    private Connection.Response claim(String token, String login, String password) throws IOException {
        Document form = browser.newRequest("http://localhost:" + port + "/setup").get();
        return browser.newRequest("http://localhost:" + port + "/setup").method(Connection.Method.POST)
                .data("_csrf", form.selectFirst("input[name=_csrf]").val())
                .data("token", token).data("login", login).data("displayName", "Yuna Seo")
                .data("email", "yuna@example.com").data("password", password)
                .execute();
    }

    @Test
    void letsOnlyTheHolderOfTheLoggedTokenClaimTheBlogOnce(CapturedOutput output) throws IOException {
        setupToken.announce();
        Matcher logged = TOKEN_IN_LOG.matcher(output.getOut());
        String token = null;
        while (logged.find()) {
            token = logged.group(1);
        }
        assertThat(token).as("the setup token printed to the log").isNotNull();

        Connection.Response guessed = claim("0".repeat(32), "yuna", "a long enough password");
        assertThat(guessed.statusCode()).isEqualTo(422);
        Document guessedPage = guessed.parse();
        assertThat(guessedPage.selectFirst("#token-error")).isNotNull();
        assertThat(guessedPage.selectFirst("#login").val()).isEqualTo("yuna");

        Connection.Response weak = claim(token, "yuna", "short");
        assertThat(weak.statusCode()).isEqualTo(422);
        assertThat(weak.parse().selectFirst("#password-error").text()).contains("12 characters");

        Connection.Response claimed = claim(token, "yuna", "a long enough password");
        assertThat(claimed.statusCode()).isEqualTo(200);
        assertThat(claimed.parse().selectFirst("h1").text()).isEqualTo("The blog is yours");

        assertThat(browser.newRequest("http://localhost:" + port + "/setup").execute().statusCode()).isEqualTo(404);
        Document front = browser.newRequest("http://localhost:" + port + "/").get();
        String review = front.selectFirst("article.summary h2 a").attr("href");
        assertThat(browser.newRequest("http://localhost:" + port + review).get().selectFirst(".byline .author").text())
                .isEqualTo("Yuna Seo");
    }
}
