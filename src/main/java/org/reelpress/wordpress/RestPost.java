package org.reelpress.wordpress;

import java.time.Instant;

/** A published post or page as the API shows it; {@code excerpt} is plain text. */
record RestPost(long id, String type, String slug, String title, String html, String excerpt, long authorId,
                boolean commentsOpen, Instant publishedAt, Instant updatedAt) {
}
