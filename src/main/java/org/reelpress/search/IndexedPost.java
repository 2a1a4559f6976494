package org.reelpress.search;

import java.time.Instant;
import java.util.List;

/**
 * A published post or page as the index holds it: {@code text} is the body as plain text
 * (spoilers left out), {@code about} the work's titles and maker and the names of its
 * categories and tags, {@code comments} its approved comments (empty unless comments are searched).
 */
record IndexedPost(long id, String type, String title, String text, String about, String comments,
                   List<Filed> filedUnder, Filed work, Instant publishedAt) {
}
