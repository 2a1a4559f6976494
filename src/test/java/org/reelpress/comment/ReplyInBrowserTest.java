package org.reelpress.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlMatches;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.reelpress.BlogTest;
import org.reelpress.HeadlessChromium;

/** A reader answers a comment under the sample review in a real browser, with the page's script at work. */
class ReplyInBrowserTest extends BlogTest {

    private static final String SAMPLE = "A Page of Madness (狂った一頁)";
    private static final Pattern THOUGHTS = Pattern.compile("(\\d+) thoughts on “" + Pattern.quote(SAMPLE) + "”");
    private static final String SECOND_LEVEL = "ol.comment-list > li.comment > ol.children > li.comment";
    private static final String THIRD_LEVEL = SECOND_LEVEL + " > ol.children > li.comment";

    private WebDriver browser;

    @RegisterExtension
    final HeadlessChromium.Session chromium = new HeadlessChromium.Session(started -> browser = started);

    @Test
    void postsAReplyFromTheFormThatMovedUnderTheComment() {
        openSampleReview();
        int before = thoughts();
        String parent = "#" + browser.findElement(By.cssSelector(THIRD_LEVEL)).getDomAttribute("id");
        String parentId = parent.substring("#comment-".length());

        clickReplyUnder(parent);
        assertThat(valueOf("comment-parent")).isEqualTo(parentId);
        assertThat(browser.findElement(By.id("cancel-comment-reply-link")).isDisplayed()).isTrue();

        browser.findElement(By.id("cancel-comment-reply-link")).click();
        waitFor("#respond-home > #respond", "the form to go back below the discussion after Cancel reply");
        assertThat(valueOf("comment-parent")).isEmpty();
        assertThat(browser.findElement(By.id("cancel-comment-reply-link")).isDisplayed()).isFalse();

        clickReplyUnder(parent);
        String words = "The spinning drums got me too; 빙글빙글 도는 북소리에 저도 숨이 멎는 줄 알았어요.";
        browser.findElement(By.id("comment")).sendKeys(words);
        browser.findElement(By.id("author")).sendKeys("한소라");
        browser.findElement(By.id("email")).sendKeys("sora@example.kr");
        browser.findElement(By.id("submit")).click();

        waitUntil(urlMatches("#comment-\\d+$"), "the browser to land on the new comment's permalink");
        String anchor = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('#'));
        WebElement reply = waitFor(parent + " > ol.children > " + anchor, "the new comment nested under " + parent);
        assertThat(reply.findElement(By.cssSelector("article .comment-content")).getText()).isEqualTo(words);
        assertThat(reply.findElement(By.cssSelector("article .comment-author")).getText()).isEqualTo("한소라");
        assertThat(thoughts()).isEqualTo(before + 1);
    }

    @Test
    void opensTheFormUnderTheCommentThatAReplyLinkNames() {
        openSampleReview();
        String comment = "#" + browser.findElement(By.cssSelector(SECOND_LEVEL)).getDomAttribute("id");
        String commentId = comment.substring("#comment-".length());
        String link = browser.findElement(By.cssSelector(comment + " > article .comment-reply-link")).getDomAttribute("href");
        assertThat(link).endsWith("?replytocom=" + commentId + "#respond");

        browser.get(url(link));

        waitFor(comment + " > article + #respond", "the form under " + comment + " when the page opens");
        assertThat(valueOf("comment-parent")).isEqualTo(commentId);
        assertThat(browser.findElement(By.id("cancel-comment-reply-link")).isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector("#respond-home > *"))).isEmpty();
        Document served = get(link);
        assertThat(served.select(comment + " > article + #respond")).as("the form as the server sends it").hasSize(1);
        assertThat(served.selectFirst("#comment-parent").val()).isEqualTo(commentId);
    }

    /** From the front page through older pages, as a reader would look for it. */
    private void openSampleReview() {
        browser.get(url("/"));
        By sample = By.xpath("//article[contains(@class,'summary')]//h2/a[normalize-space()='" + SAMPLE + "']");
        for (int page = 1; browser.findElements(sample).isEmpty(); page++) {
            List<WebElement> older = browser.findElements(By.cssSelector(".paging a.older"));
            assertThat(older).as("the sample review on the front page or an older one (page %d)", page).isNotEmpty();
            older.getFirst().click();
            waitUntil(textToBePresentInElementLocated(By.cssSelector(".paging span"), "Page " + (page + 1) + " of"),
                    "page " + (page + 1) + " of the reviews");
        }
        browser.findElement(sample).click();
        waitUntil(textToBe(By.tagName("h1"), SAMPLE), "the sample review to open");
    }

    /** Clicks Reply on the comment; the script must move the form there without loading another page. */
    private void clickReplyUnder(String comment) {
        String page = browser.getCurrentUrl();
        browser.findElement(By.cssSelector(comment + " > article .comment-reply-link")).click();
        waitFor(comment + " > article + #respond", "the form to move right after " + comment + "'s article");
        assertThat(browser.getCurrentUrl()).as("the script handles Reply in place").isEqualTo(page);
    }

    private WebElement waitFor(String css, String what) {
        return waitUntil(presenceOfElementLocated(By.cssSelector(css)), what);
    }

    private <T> T waitUntil(ExpectedCondition<T> condition, String what) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage("waiting for " + what).until(condition);
    }

    private String valueOf(String id) {
        return browser.findElement(By.id(id)).getDomProperty("value");
    }

    private int thoughts() {
        String heading = browser.findElement(By.id("comments-title")).getText();
        Matcher matcher = THOUGHTS.matcher(heading);
        assertThat(matcher.matches()).as("heading '%s'", heading).isTrue();
        return Integer.parseInt(matcher.group(1));
    }
}
