package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;

import java.time.Duration;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reelpress.BlogTest;
import org.reelpress.Fixtures.MadePost;
import org.reelpress.HeadlessChromium;
import org.reelpress.identity.Role;
import org.reelpress.identity.UserRepository;
import org.reelpress.identity.Writers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A guest's held comment, seen by its author only, then approved by a moderator in a real browser and counted. */
class ModerationInBrowserTest extends BlogTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder passwords;

    private WebDriver browser;

    @RegisterExtension
    final HeadlessChromium.Session chromium = new HeadlessChromium.Session(started -> browser = started);

    @Test
    void showsAHeldCommentToItsAuthorOnlyUntilAModeratorApprovesItAndThenCountsIt() {
        settings.put("comment_policy", "hold_first");
        MadePost post = fixtures.post("Held in the browser", "Talk.");
        fixtures.comment(post, null, "Earlier Reader", "Already here");
        String words = "A first-time thought, held for a moderator";

        browser.get(url(post.permalink()));
        browser.findElement(By.id("comment")).sendKeys(words);
        browser.findElement(By.id("author")).sendKeys("New Reader");
        browser.findElement(By.id("email")).sendKeys("new.reader@example.com");
        browser.findElement(By.id("submit")).click();
        waitUntil(urlMatches("#comment-\\d+$"), "the browser to land on the held comment");
        String anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('#') + 1);
        assertThat(browser.findElement(By.cssSelector("#" + anchor + " .awaiting-moderation")).getText())
                .contains("Your comment is awaiting moderation");
        assertThat(browser.findElement(By.id("comments-title")).getText()).startsWith("One thought on");

        Document someoneElse = get(post.permalink());
        assertThat(someoneElse.select("#" + anchor)).isEmpty();
        assertThat(someoneElse.selectFirst("#comments-title").text()).startsWith("One thought on");

        browser.manage().deleteAllCookies();
        signInAsEditor();
        browser.get(url("/admin/comments?post=" + post.id()));
        WebElement row = waitFor("#" + anchor, "the held comment in the moderation list");
        assertThat(row.findElement(By.cssSelector(".comment-content")).getText()).isEqualTo(words);
        row.findElement(By.cssSelector("button.action-approve")).sendKeys(Keys.ENTER);
        waitUntil(textToBe(By.cssSelector(".notice"), "1 comment approved."), "the list to say the comment was approved");
        assertThat(browser.findElements(By.cssSelector("#" + anchor))).isEmpty();

        Document freshVisitor = get(post.permalink());
        assertThat(freshVisitor.selectFirst("#" + anchor + " .comment-content").text()).isEqualTo(words);
        assertThat(freshVisitor.select("#" + anchor + " .awaiting-moderation")).isEmpty();
        assertThat(freshVisitor.selectFirst("#comments-title").text()).startsWith("2 thoughts on");
    }

    private void signInAsEditor() {
        String login = Writers.create(users, passwords, Role.EDITOR, PASSWORD);
        browser.get(url("/signin"));
        browser.findElement(By.id("login")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector(".signin-form button[type=submit]")).click();
        waitUntil(driver -> !driver.getCurrentUrl().contains("/signin"), "the sign-in to go through");
    }

    private WebElement waitFor(String css, String what) {
        return waitUntil(presenceOfElementLocated(By.cssSelector(css)), what);
    }

    private <T> T waitUntil(ExpectedCondition<T> condition, String what) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage("waiting for " + what).until(condition);
    }
}
