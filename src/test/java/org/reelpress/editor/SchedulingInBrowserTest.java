package org.reelpress.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reelpress.BlogTest;
import org.reelpress.HeadlessChromium;
import org.reelpress.identity.Role;
import org.reelpress.identity.UserRepository;
import org.reelpress.identity.Writers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A writer signs in, writes a review with a rating and a spoiler block, sees the live preview,
 * schedules it a little ahead, and the blog's own scheduler puts it on the front page.
 */
class SchedulingInBrowserTest extends BlogTest {

    private static final String PASSWORD = "correct horse battery";

    @Autowired
    UserRepository userRows;

    @Autowired
    PasswordEncoder passwords;

    private WebDriver browser;

    @RegisterExtension
    final HeadlessChromium.Session chromium = new HeadlessChromium.Session(started -> browser = started);

    @Test
    void aReviewScheduledAMomentAheadAppearsOnTheFrontPageWhenItsTimeComes() {
        signInAsAuthor();
        String title = "Scheduled in the browser " + System.nanoTime() % 1_000_000;
        browser.get(url("/admin/posts/new"));
        browser.findElement(By.id("title")).sendKeys(title);
        browser.findElement(By.id("markdown")).sendKeys("A quiet film that earns its ending.\n\n:::spoiler The ending\n"
                + "The lighthouse keeper was the daughter all along.\n:::\n");
        WebElement preview = waitUntil(presenceOfElementLocated(By.cssSelector("#live-preview details.spoiler")),
                "the live preview to show the spoiler block");
        assertThat(preview.findElement(By.tagName("summary")).getText()).isEqualTo("The ending");

        new Select(browser.findElement(By.id("work"))).selectByValue("new");
        browser.findElement(By.id("work-title")).sendKeys("The Keeper");
        browser.findElement(By.id("work-year")).sendKeys("2024");
        browser.findElement(By.id("rating")).sendKeys("4.5");
        browser.findElement(By.id("status-scheduled")).click();
        ZonedDateTime due = Instant.now().plusSeconds(20).atZone(settings.site().zone());
        setValue("date", due.toLocalDate().toString());
        setValue("time", due.format(DateTimeFormatter.ofPattern("HH:mm:ss")));
        browser.findElement(By.id("save")).click();

        waitUntil(driver -> driver.getCurrentUrl().matches(".*/admin/posts/\\d+/edit$"), "the editor of the saved post");
        assertThat(browser.findElement(By.cssSelector(".notice")).getText()).startsWith("Scheduled");
        browser.get(url("/"));
        assertThat(browser.findElements(By.xpath("//article[contains(@class,'summary')]//h2[normalize-space()='" + title + "']")))
                .isEmpty();

        new WebDriverWait(browser, Duration.ofSeconds(90)).pollingEvery(Duration.ofSeconds(3))
                .withMessage("waiting for the scheduler to publish the review")
                .until(driver -> {
                    driver.get(url("/"));
                    return !driver.findElements(By.xpath("//article[contains(@class,'summary')]//h2[normalize-space()='"
                            + title + "']")).isEmpty();
                });
        browser.findElement(By.linkText(title)).click();
        assertThat(browser.findElement(By.cssSelector(".rating")).getAttribute("aria-label")).isEqualTo("Rated 4.5 out of 5");
        assertThat(browser.findElement(By.cssSelector("details.spoiler summary")).getText()).isEqualTo("The ending");
        assertThat(browser.findElement(By.cssSelector(".work-line")).getText()).contains("2024");
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                browser.findElement(By.id(id)), value);
    }

    private void signInAsAuthor() {
        String login = Writers.create(userRows, passwords, Role.AUTHOR, PASSWORD);
        browser.get(url("/signin"));
        browser.findElement(By.id("login")).sendKeys(login);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector(".signin-form button[type=submit]")).click();
        waitUntil(driver -> !driver.getCurrentUrl().contains("/signin"), "the sign-in to go through");
    }

    private <T> T waitUntil(ExpectedCondition<T> condition, String what) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage("waiting for " + what).until(condition);
    }
}
