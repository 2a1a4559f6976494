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
 * Writers signed in to the blog, each in a browser of its own, publishing reviews from the editor
 * as fast as the blog takes them until it stops answering. A review counts as acknowledged when the
 * blog answers the editor's form with the 303 to the new review's editor; those are written down
 * with everything the writer typed.
 */
final class Publishers implements AutoCloseable {

    private static final Pattern EDITOR = Pattern.compile("/admin/posts/(\\d+)/edit$");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Map<Long, PublishedReview> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final ExecutorService writers = Executors.newVirtualThreadPerTaskExecutor();
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private final CountDownLatch first = new CountDownLatch(1);
    private volatile boolean stopped;

    /**
     * {@code count} writers sign in as {@code login} and start publishing reviews on {@code blog};
     * returns once they are all signed in and at work.
     */
    static Publishers start(BlogProcess blog, int count, String login, String password) {
        Publishers publishers = new Publishers();
        CountDownLatch signedIn = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            publishers.writers.submit(() -> publishers.publishUntilStopped(blog, login, password, signedIn));
        }
        BlogProcess.await(signedIn, "the writers to sign in");
        return publishers;
    }

    Map<Long, PublishedReview> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    /** What kept a browser from starting its work, before the blog was killed. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Waits until the blog acknowledged a first review: from then on the load is warm and a crash can break promises. */
    void awaitFirst() {
        BlogProcess.await(first, "a first acknowledged review");
    }

    int refused() {
        return refused.get();
    }

    private Void publishUntilStopped(BlogProcess blog, String login, String password, CountDownLatch signedIn)
            throws Exception {
        Browser browser = new Browser();
        Map<String, String> token;
        try {
            browser.signIn(blog, login, password);
            token = Browser.hiddenFields(browser.page(blog.url("/admin/posts/new")), "#editor");
        } catch (Exception e) {
            problems.add(e.toString());
            return null;
        } finally {
            signedIn.countDown();
        }
        while (!stopped) {
            PublishedReview review = PublishedReview.typed(SEQUENCE.incrementAndGet());
            Map<String, Object> form = new HashMap<>(token);
            form.putAll(Map.of("title", review.title(), "markdown", review.markdown(), "tags", String.join(", ", review.tags()),
                    "work", "new", "workKind", "film", "workTitle", review.workTitle(), "workYear", "1999",
                    "rating", review.rating(), "status", "published", "comments", "open"));
            HttpResponse<Void> answer;
            try {
                answer = browser.post(blog.url("/admin/posts/new"), form);
            } catch (java.io.IOException e) {
                return null; // the blog is gone: a review it never answered for was never promised
            }
            Matcher editor = EDITOR.matcher(answer.headers().firstValue("Location").orElse(""));
            if (answer.statusCode() == 303 && editor.find()) {
                long id = Long.parseLong(editor.group(1));
                acknowledged.put(id, review.withId(id));
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
        writers.close();
    }
}
