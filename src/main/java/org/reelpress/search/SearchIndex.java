package org.reelpress.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
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
 */
@Component
public class SearchIndex implements SmartInitializingSingleton, DisposableBean {

    /** Raise it whenever what goes into a document, or how it is analyzed, changes: every blog then rebuilds once. */
    static final String FORMAT = "2";

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final String FORMAT_KEY = "reelpress-format";

    /** What a rebuild did. */
    public record Rebuilt(int documents, Duration took) {
    }

    private final SearchablePosts posts;
    private final SearchProperties properties;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ReentrantLock writing = new ReentrantLock();
    private final boolean stale;

    SearchIndex(ReelpressProperties blog, SearchProperties properties, SearchablePosts posts) throws IOException {
        this.posts = posts;
        this.properties = properties;
        Path folder = blog.dataDir().resolve("search");
        Files.createDirectories(folder);
        directory = FSDirectory.open(folder);
        stale = !FORMAT.equals(formatOf(directory).orElse(null));
        IndexWriterConfig config = new IndexWriterConfig(new SearchAnalyzer())
                .setOpenMode(stale ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        writer = new IndexWriter(directory, config);
        searchers = new SearcherManager(writer, null);
    }

    /** At start: rebuilds an index that is missing or from an older format, before the first reader searches. */
    @Override
    public void afterSingletonsInstantiated() {
        if (stale) {
            Rebuilt rebuilt = rebuild();
            log.info("Built the search index: {} posts and pages in {} ms", rebuilt.documents(), rebuilt.took().toMillis());
        }
    }

    /** Throws the index away and indexes every published post and page again from the database. */
    public Rebuilt rebuild() {
        long start = System.nanoTime();
        writing.lock();
        try {
            writer.deleteAll();
            int count = posts.eachPublished(properties.comments(), post -> add(post));
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
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
                writer.updateDocument(Documents.idTerm(postId), Documents.of(post.get()));
            } else {
                writer.deleteDocuments(Documents.idTerm(postId));
            }
            writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
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
            IndexSearcher searcher = searchers.acquire();
            try {
                return reading.with(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void destroy() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    private void add(IndexedPost post) {
        try {
            writer.addDocument(Documents.of(post));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The format the index in {@code directory} was written in; empty when there is none or it cannot be read. */
    private static Optional<String> formatOf(Directory directory) {
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return Optional.empty();
            }
            return Optional.ofNullable(SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT_KEY));
        } catch (IOException | RuntimeException e) {
            log.warn("The search index cannot be read ({}); it will be rebuilt", e.toString());
            return Optional.empty();
        }
    }
}
