package org.reelpress.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reelpress.BlogTest;
import org.reelpress.HeadlessChromium;
import org.reelpress.identity.Role;
import org.reelpress.identity.UserRepository;
import org.reelpress.identity.Writers;
import org.reelpress.media.TestImages;
import org.reelpress.post.Markdown;
import org.reelpress.post.NewPost;
import org.reelpress.post.Permalinks;
import org.reelpress.post.PostRepository;
import org.reelpress.post.PostStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A writer gives a work a poster through the work form in a real browser and sees it on the review. */
class PosterInBrowserTest extends BlogTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    UserRepository userRows;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    WorkRepository works;

    @Autowired
    PostRepository posts;

    @Autowired
    Markdown markdown;

    @TempDir
    Path files;

    private WebDriver browser;

    @RegisterExtension
    final HeadlessChromium.Session chromium = new HeadlessChromium.Session(started -> browser = started);

    @Test
    void uploadsAPosterForAWorkAndSeesItOnTheReview() throws IOException {
        long workId = works.create(new NewWork(WorkKind.FILM, "browser-poster-" + System.nanoTime(), "Seen In A Browser",
                "ブラウザ", 1999, "A Director", "Japan"), Instant.now());
        String login = Writers.create(userRows, passwords, Role.AUTHOR, PASSWORD);
        long author = userRows.firstAdministrator().orElseThrow().id();
        String slug = "browser-poster-review-" + workId;
        Instant published = Instant.now();
        long reviewId = posts.create(new NewPost(slug, "A review with a poster to come", "Words.", PostStatus.PUBLISHED,
                author, workId, 8, true, published), markdown.renderPost("Words."), published);
        Path poster = Files.write(files.resolve("poster.png"), TestImages.image("png", 800, 1200));

        signIn(login);
        browser.get(url("/admin/works/" + workId));
        browser.findElement(By.id("posterFile")).sendKeys(poster.toString());
        browser.findElement(By.id("posterAlt")).sendKeys("A red poster for Seen In A Browser");
        browser.findElement(By.cssSelector(".work-form button[type=submit]")).click();
        WebElement notice = waitUntil(presenceOfElementLocated(By.id("notice")), "the work to be saved");
        assertThat(notice.getText()).startsWith("Saved Seen In A Browser.");

        browser.get(url(Permalinks.of(settings.site(), reviewId, slug, published)));
        WebElement image = waitUntil(presenceOfElementLocated(By.cssSelector(".work-line img")), "the poster on the review");
        waitUntil(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return arguments[0].complete && arguments[0].naturalWidth > 0", image), "the poster to load");
        assertThat(image.getAttribute("alt")).isEqualTo("A red poster for Seen In A Browser");
        assertThat(image.getAttribute("srcset")).contains("-150w.png 150w", "-300w.png 300w", ".png 800w").doesNotContain("1024w");
        assertThat(image.getDomAttribute("width")).isEqualTo("300");
        assertThat(image.getDomAttribute("height")).isEqualTo("450");

        browser.findElement(By.cssSelector(".work-line p a")).click();
        waitUntil(driver -> driver.getCurrentUrl().contains("/works/"), "the work page");
        assertThat(browser.findElement(By.cssSelector(".work-reviews h3")).getText()).isEqualTo("A review with a poster to come");
    }

    private void signIn(String login) {
        browser.get(url("/signin"));
        browser.findElement(By.id("login")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector(".signin-form button[type=submit]")).click();
        waitUntil(driver -> !driver.getCurrentUrl().contains("/signin"), "the sign-in to go through");
    }

    private <T> T waitUntil(ExpectedCondition<T> condition, String what) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage("waiting for " + what).until(condition);
    }
}
