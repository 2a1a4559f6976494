package org.reelpress.trust;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers posting guest comments to one review as fast as the blog takes them, each from a browser
 * of its own, until the blog stops answering. Every comment the blog acknowledged (a 303 to the new
 * comment's anchor) is written down with its text: those are the promises a crash must not break.
 */
final class Commenters implements AutoCloseable {

    private static final Pattern ANCHOR = Pattern.compile("#comment-(\\d+)$");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Map<Long, String> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor();
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private final CountDownLatch first = new CountDownLatch(1);
    private volatile boolean stopped;

    /**
     * {@code count} readers start posting to the first review on the front page of {@code blog};
     * returns once they all have the comment form.
     */
    static Commenters start(BlogProcess blog, int count) {
        Commenters commenters = new Commenters();
        CountDownLatch ready = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            commenters.readers.submit(() -> commenters.postUntilStopped(blog, ready));
        }
        BlogProcess.await(ready, "the readers to open the review");
        return commenters;
    }

    /** The comments acknowledged so far: id and text. */
    Map<Long, String> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    /** What kept a browser from starting its work, before the blog was killed. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Waits until the blog acknowledged a first comment: from then on the load is warm and a crash can break promises. */
    void awaitFirst() {
        BlogProcess.await(first, "a first acknowledged comment");
    }

    int refused() {
        return refused.get();
    }

    private Void postUntilStopped(BlogProcess blog, CountDownLatch ready) throws Exception {
        Browser browser = new Browser();
        Map<String, String> hidden;
        try {
            String review = browser.page(blog.url("/")).selectFirst("article.summary h2 a").absUrl("href");
            hidden = Browser.hiddenFields(browser.page(review), "#commentform");
        } catch (Exception e) {
            problems.add(e.toString());
            return null;
        } finally {
            ready.countDown();
        }
        while (!stopped) {
            int n = SEQUENCE.incrementAndGet();
            String text = "Crash test comment " + n + ": 기억은 남는다, nothing acknowledged is lost.";
            Map<String, String> form = new HashMap<>(hidden);
            form.putAll(Map.of("comment", text, "name", "Reader " + n, "email", "reader" + n + "@example.com", "url", ""));
            HttpResponse<Void> answer;
            try {
                answer = browser.post(blog.url("/comments"), form);
            } catch (java.io.IOException e) {
                return null; // the blog is gone: whatever was not answered was never promised
            }
            Matcher anchor = ANCHOR.matcher(answer.headers().firstValue("Location").orElse(""));
            if (answer.statusCode() == 303 && anchor.find()) {
                acknowledged.put(Long.parseLong(anchor.group(1)), text);
                first.countDown();
            } else {
                refused.incrementAndGet();
            }
        }
        return null;
    }

    @Override
    public void close() {
        stopped = true;
        readers.close();
    }
}
