package org.reelpress.trust;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Browsers writing to the blog as fast as it takes their writes, each its own, until the blog
 * stops answering; every write the blog acknowledged is written down, by id, with what was sent:
 * those are the promises a crash must not break. Subclasses say how a browser gets ready and
 * what one write is.
 */
abstract class WritesUnderLoad<T> implements AutoCloseable {

    private final Map<Long, T> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final ExecutorService browsers = Executors.newVirtualThreadPerTaskExecutor();
    private final Queue<String> problems = new ConcurrentLinkedQueue<>();
    private final CountDownLatch first = new CountDownLatch(1);
    private final String kind;
    private volatile boolean stopped;

    /** {@code kind} names one write in messages, such as "comment". */
    WritesUnderLoad(String kind) {
        this.kind = kind;
    }

    /** Makes a browser ready (a form opened, perhaps signed in); returns the form's hidden fields. */
    abstract Map<String, String> ready(Browser browser) throws IOException, InterruptedException;

    /** Sends one write, then calls {@link #acknowledge} or {@link #refuse}; an IOException means the blog is gone. */
    abstract void writeOnce(Browser browser, Map<String, String> hidden) throws IOException, InterruptedException;

    /** Starts {@code count} browsers; returns once each is ready (or has failed to get ready, see {@link #problems}). */
    final void begin(int count, String readiness) {
        CountDownLatch ready = new CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            browsers.submit(() -> writeUntilStopped(ready));
        }
        BlogProcess.await(ready, readiness);
    }

    final void acknowledge(long id, T sent) {
        acknowledged.put(id, sent);
        first.countDown();
    }

    final void refuse() {
        refused.incrementAndGet();
    }

    /** The writes acknowledged so far: id and what was sent. */
    Map<Long, T> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    /** What kept a browser from starting its work, before the blog was killed. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** Waits until the blog acknowledged a first write: from then on the load is warm and a crash can break promises. */
    void awaitFirst() {
        BlogProcess.await(first, "a first acknowledged " + kind);
    }

    int refused() {
        return refused.get();
    }

    private Void writeUntilStopped(CountDownLatch ready) throws InterruptedException {
        Browser browser = new Browser();
        Map<String, String> hidden;
        try {
            hidden = ready(browser);
        } catch (Exception e) {
            problems.add(e.toString());
            return null;
        } finally {
            ready.countDown();
        }
        while (!stopped) {
            try {
                writeOnce(browser, hidden);
            } catch (IOException e) {
                return null; // the blog is gone: whatever it did not answer was never promised
            }
        }
        return null;
    }

    @Override
    public void close() {
        stopped = true;
        browsers.close();
    }
}
