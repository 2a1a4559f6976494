package org.reelpress.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index folder opened for writing and searching. {@code stale} when the folder held no index,
 * one that cannot be read, or one written in another {@link SearchIndex#FORMAT}: it was then opened
 * empty, to be rebuilt.
 */
record OpenIndex(Directory directory, IndexWriter writer, SearcherManager searchers, boolean stale) {

    static final String FORMAT_KEY = "reelpress-format";

    private static final Logger log = LoggerFactory.getLogger(OpenIndex.class);

    static OpenIndex at(Path folder) throws IOException {
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        boolean stale = !SearchIndex.FORMAT.equals(formatOf(directory).orElse(null));
        IndexWriterConfig config = new IndexWriterConfig(new SearchAnalyzer())
                .setOpenMode(stale ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        IndexWriter writer = new IndexWriter(directory, config);
        return new OpenIndex(directory, writer, new SearcherManager(writer, null), stale);
    }

    void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
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
