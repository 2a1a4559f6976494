package org.reelpress.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.reelpress.site.ReelpressProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * The Lucene index in {@code <data-dir>/search}, which the database can always rebuild. It is
 * rebuilt when the blog starts and finds it missing or written in an older {@link #FORMAT}; after
 * that it follows each change (see {@link IndexFollower}). One writer at a time: following a change
 * and rebuilding take turns, so a rebuild never puts back what a change just took out.
 *
 * <p>The folder is opened on a thread of its own while the rest of the blog starts (loading Lucene
 * and reading the index took a twentieth of the start's main thread); whatever needs the index
 * first waits for it, and the start finishes only once it is open (or fails if it cannot be).
 */
@Component
public class SearchIndex implements SmartInitializingSingleton, DisposableBean {

    /** Raise it whenever what goes into a document, or how it is analyzed, changes: every blog then rebuilds once. */
    static final String FORMAT = "2";

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final String FORMAT_KEY = OpenIndex.FORMAT_KEY;

    /** What a rebuild did. */
    public record Rebuilt(int documents, Duration took) {
    }

    private final SearchablePosts posts;
    private final SearchProperties properties;
    private final CompletableFuture<OpenIndex> opening;
    private final ReentrantLock writing = new ReentrantLock();

    SearchIndex(ReelpressProperties blog, SearchProperties properties, SearchablePosts posts) {
        this.posts = posts;
        this.properties = properties;
        opening = CompletableFuture.supplyAsync(() -> {
            try {
                return OpenIndex.at(blog.dataDir().resolve("search"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, task -> Thread.ofPlatform().name("search-index-opening").daemon().start(task));
    }

    /** At start: waits for the index to open and rebuilds one that is missing or from an older format, before the first reader searches. */
    @Override
    public void afterSingletonsInstantiated() {
        if (open().stale()) {
            Rebuilt rebuilt = rebuild();
            log.info("Built the search index: {} posts and pages in {} ms", rebuilt.documents(), rebuilt.took().toMillis());
        }
    }

    /** Throws the index away and indexes every published post and page again from the database. */
    public Rebuilt rebuild() {
        long start = System.nanoTime();
        writing.lock();
        try {
            writer().deleteAll();
            int count = posts.eachPublished(properties.comments(), post -> add(post));
            writer().setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
            writer().commit();
            searchers().maybeRefreshBlocking();
            return new Rebuilt(count, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writing.unlock();
        }
    }

    /** Reads the post again and puts it in the index if readers may see it, or takes it out if not. */
    void follow(long postId) {
        writing.lock();
        try {
            Optional<IndexedPost> post = posts.published(postId, properties.comments());
            if (post.isPresent()) {
                writer().updateDocument(Documents.idTerm(postId), Documents.of(post.get()));
            } else {
                writer().deleteDocuments(Documents.idTerm(postId));
            }
            writer().setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
            writer().commit();
            searchers().maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writing.unlock();
        }
    }

    /** How many posts and pages a reader can find. */
    public int documents() {
        return read(searcher -> searcher.getIndexReader().numDocs());
    }

    /** Something to do with a searcher over the latest index. */
    interface Reading<T> {
        T with(IndexSearcher searcher) throws IOException;
    }

    <T> T read(Reading<T> reading) {
        try {
            IndexSearcher searcher = searchers().acquire();
            try {
                return reading.with(searcher);
            } finally {
                searchers().release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() throws IOException {
        if (!opening.isCompletedExceptionally()) {
            open().close(); // still opening when the start failed elsewhere: let it finish, so no lock stays behind
        }
    }

    /** The open index, once the thread opening it is done; what stopped it from opening, if anything did. */
    private OpenIndex open() {
        try {
            return opening.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private IndexWriter writer() {
        return open().writer();
    }

    private SearcherManager searchers() {
        return open().searchers();
    }

    private void add(IndexedPost post) {
        try {
            writer().addDocument(Documents.of(post));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
