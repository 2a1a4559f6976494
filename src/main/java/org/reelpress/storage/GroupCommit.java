package org.reelpress.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes that many readers make at once (a comment each) share one durable commit. A disk syncs
 * a few hundred to a few thousand times a second, and SQLite commits one transaction at a time:
 * one sync per comment would bound the whole blog by the disk. Here one writer thread takes every
 * write waiting at that moment, runs each in its own savepoint inside one transaction, commits once
 * and only then answers each caller, so an acknowledged write is always on disk. A write that fails
 * rolls back alone; the others in its batch still commit.
 */
@Component
public class GroupCommit implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);
    private static final int MOST_IN_ONE_COMMIT = 200;

    /** One caller's write; its result waits in {@code result} until the shared commit is on disk. */
    private static final class Write<T> {
        private final Supplier<T> work;
        private final CompletableFuture<T> done = new CompletableFuture<>();
        private T result;
        private Throwable failure;

        Write(Supplier<T> work) {
            this.work = work;
        }

        void runIn(TransactionTemplate savepoint) {
            try {
                result = savepoint.execute(status -> work.get());
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }

        void committed() {
            if (failure == null) {
                done.complete(result);
            } else {
                done.completeExceptionally(failure);
            }
        }

        void failed(Throwable e) {
            done.completeExceptionally(failure == null ? e : failure);
        }
    }

    private final BlockingQueue<Write<?>> waiting = new LinkedBlockingQueue<>();
    private final TransactionTemplate batch;
    private final TransactionTemplate savepoint;
    private final TransactionTemplate alone;
    private volatile boolean running;
    private Thread writer;

    GroupCommit(PlatformTransactionManager transactions) {
        this.batch = new TransactionTemplate(transactions);
        this.alone = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /**
     * Runs {@code work} in a transaction shared with other waiting writes and returns its result once
     * that transaction is committed; its exceptions reach the caller as they were thrown.
     */
    public <T> T write(Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return work.get(); // already inside a transaction, perhaps this writer's own: join it
        }
        Write<T> write = new Write<>(work);
        waiting.add(write);
        if (!running && waiting.remove(write)) {
            return alone.execute(status -> work.get());
        }
        try {
            return write.done.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private void writeWhileRunning() {
        List<Write<?>> writes = new ArrayList<>();
        while (running || !waiting.isEmpty()) {
            waiting.drainTo(writes, MOST_IN_ONE_COMMIT);
            if (writes.isEmpty()) {
                awaitWrite(writes);
            } else {
                commitTogether(writes);
                writes.clear();
            }
        }
    }

    /** Sleeps until a write arrives; wakes now and then to see whether the blog is stopping. */
    private void awaitWrite(List<Write<?>> writes) {
        try {
            Write<?> next = waiting.poll(200, TimeUnit.MILLISECONDS);
            if (next != null) {
                writes.add(next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void commitTogether(List<Write<?>> writes) {
        try {
            batch.executeWithoutResult(status -> writes.forEach(write -> write.runIn(savepoint)));
        } catch (RuntimeException | Error e) {
            log.warn("A shared commit of {} writes failed; each caller hears of it", writes.size(), e);
            writes.forEach(write -> write.failed(e));
            return;
        }
        writes.forEach(Write::committed);
    }

    /** Stops after the web server, so that requests still being answered commit in batches. */
    @Override
    public int getPhase() {
        return 0;
    }

    @Override
    public void start() {
        running = true;
        writer = Thread.ofPlatform().name("group-commit").daemon().start(this::writeWhileRunning);
    }

    /** Writes already waiting are committed before the writer stops; later ones commit alone. */
    @Override
    public void stop() {
        running = false;
        if (writer != null) {
            try {
                writer.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
