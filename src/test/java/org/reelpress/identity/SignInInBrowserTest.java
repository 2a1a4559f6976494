package org.reelpress.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.or;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlToBe;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reelpress.Fixtures;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.HeadlessChromium;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A reader signs in from the comment form in a real browser, against an OpenID Connect provider
 * running in the test (mock-oauth2-server, which sends the browser straight back with a code).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(Fixtures.class)
class SignInInBrowserTest {

    private static final String ISSUER = "reelpress-browser";
    private static final MockOAuth2Server PROVIDER = started();

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private WebDriver browser;

    @RegisterExtension
    final HeadlessChromium.Session chromium = new HeadlessChromium.Session(started -> browser = started);

    private static MockOAuth2Server started() {
        MockOAuth2Server server = new MockOAuth2Server();
        server.start(InetAddress.getLoopbackAddress(), 0);
        return server;
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.shutdown();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) throws IOException {
        String dataDir = Files.createTempDirectory("reelpress-signin-browser-").toString();
        registry.add("reelpress.data-dir", () -> dataDir);
        // the blog and the browser must both reach the provider by the name the tokens are issued under
        String issuer = PROVIDER.issuerUrl(ISSUER).toString().replace("127.0.0.1", "localhost");
        String prefix = "spring.security.oauth2.client.registration.testid.";
        registry.add(prefix + "client-id", () -> "reelpress");
        registry.add(prefix + "client-secret", () -> "test-secret");
        registry.add(prefix + "client-name", () -> "Test ID");
        registry.add(prefix + "scope", () -> "openid,profile,email");
        registry.add(prefix + "authorization-grant-type", () -> "authorization_code");
        registry.add(prefix + "redirect-uri", () -> "{baseUrl}/login/oauth2/code/{registrationId}");
        registry.add("spring.security.oauth2.client.provider.testid.issuer-uri", () -> issuer);
    }

    @Test
    void keepsTheTypedCommentThroughSignInPostsUnderTheProvidersNameAndLogsOut() {
        MadePost post = fixtures.post("Review to sign in under", "Say something.");
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "mina-" + post.id(), "JWT", List.of("reelpress"),
                Map.of("name", "Mina Park", "email", "mina@example.org", "email_verified", true)));
        String words = "The long take on the staircase — 계단 장면이 아직도 눈에 선해요.";

        browser.get(url(post.permalink()));
        waitUntil(textToBe(By.tagName("h1"), post.title()), "the review to open");
        browser.findElement(By.id("comment")).sendKeys(words);
        browser.findElement(By.xpath("//form[@id='commentform']//button[contains(@class,'provider')"
                + " and normalize-space()='Test ID']")).click();

        waitUntil(urlToBe(url(post.permalink()) + "#respond"), "the provider to send the browser back to the form");
        waitUntil(or(presenceOfElementLocated(By.cssSelector(".signed-in")), presenceOfElementLocated(By.id("sign-in-problem"))),
                "the form to say who is signed in, or what went wrong");
        assertThat(browser.findElements(By.id("sign-in-problem"))).extracting(WebElement::getText).as("sign-in problems").isEmpty();
        assertThat(browser.findElement(By.cssSelector(".signed-in")).getText())
                .startsWith("You are commenting using your Test ID account (Mina Park).");
        assertThat(browser.findElement(By.id("comment")).getDomProperty("value")).isEqualTo(words);
        assertThat(browser.findElements(By.cssSelector("#author, #email"))).isEmpty();

        browser.findElement(By.id("submit")).click();

        waitUntil(urlMatches("#comment-\\d+$"), "the browser to land on the new comment's permalink");
        String anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('#'));
        WebElement comment = waitFor(anchor + " > article", "the new comment on the page");
        assertThat(comment.findElement(By.cssSelector(".comment-author")).getText()).isEqualTo("Mina Park");
        assertThat(comment.findElement(By.cssSelector(".comment-content")).getText()).isEqualTo(words);
        assertThat(browser.findElement(By.id("comment")).getDomProperty("value")).as("the form once posted").isEmpty();

        browser.findElement(By.xpath("//form[contains(@class,'signed-in')]//button[normalize-space()='Log Out']")).click();

        waitFor("#commentform #author", "the name field to come back once logged out");
        assertThat(browser.findElements(By.cssSelector("#commentform #email"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector(".signed-in"))).isEmpty();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebElement waitFor(String css, String what) {
        return waitUntil(presenceOfElementLocated(By.cssSelector(css)), what);
    }

    private <T> T waitUntil(ExpectedCondition<T> condition, String what) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage("waiting for " + what).until(condition);
    }
}
