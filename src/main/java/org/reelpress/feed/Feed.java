package org.reelpress.feed;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A feed before it takes a format: what RSS and Atom both say. Links are absolute. {@code id}
 * and each entry's id are lasting (see {@link FeedIds}); {@code updated} is the newest entry's
 * change, or {@code fallback} when there are no entries.
 */
record Feed(String id, String title, String description, String alternate, String feedPath, String language,
            List<Entry> entries, Instant fallback) {

    /** One item: {@code summary} is plain text, {@code html} the whole text (null when the feed gives excerpts only). */
    record Entry(String id, String link, String title, String author, String authorUri, Instant published,
                 Instant updated, String summary, String html, List<Category> categories) {
    }

    /** A category or tag an entry is filed under; {@code scheme} is its archive's address. */
    record Category(String name, String scheme) {
    }

    Instant updated() {
        return entries.stream().map(Entry::updated).max(Comparator.naturalOrder()).orElse(fallback);
    }
}
