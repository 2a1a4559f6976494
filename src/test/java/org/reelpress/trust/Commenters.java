package org.reelpress.trust;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers posting guest comments to one review, each from a browser of its own. A comment counts as
 * acknowledged when the blog answers with the 303 to the new comment's anchor; it is written down
 * with its text.
 */
final class Commenters extends WritesUnderLoad<String> {

    private static final Pattern ANCHOR = Pattern.compile("#comment-(\\d+)$");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final BlogProcess blog;

    private Commenters(BlogProcess blog) {
        super("comment");
        this.blog = blog;
    }

    /**
     * {@code count} readers start posting to the first review on the front page of {@code blog};
     * returns once they all have the comment form.
     */
    static Commenters start(BlogProcess blog, int count) {
        Commenters commenters = new Commenters(blog);
        commenters.begin(count, "the readers to open the review");
        return commenters;
    }

    @Override
    Map<String, String> ready(Browser browser) throws IOException, InterruptedException {
        String review = browser.page(blog.url("/")).selectFirst("article.summary h2 a").absUrl("href");
        return Browser.hiddenFields(browser.page(review), "#commentform");
    }

    @Override
    void writeOnce(Browser browser, Map<String, String> hidden) throws IOException, InterruptedException {
        int n = SEQUENCE.incrementAndGet();
        String text = "Crash test comment " + n + ": 기억은 남는다, nothing acknowledged is lost.";
        Map<String, String> form = new HashMap<>(hidden);
        form.putAll(Map.of("comment", text, "name", "Reader " + n, "email", "reader" + n + "@example.com", "url", ""));
        HttpResponse<Void> answer = browser.post(blog.url("/comments"), form);
        Matcher anchor = ANCHOR.matcher(answer.headers().firstValue("Location").orElse(""));
        if (answer.statusCode() == 303 && anchor.find()) {
            acknowledge(Long.parseLong(anchor.group(1)), text);
        } else {
            refuse();
        }
    }
}
