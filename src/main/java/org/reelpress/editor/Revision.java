package org.reelpress.editor;

import java.time.Instant;

/** What one save of a post wrote, and who saved it (null when their account is gone). */
public record Revision(long id, long postId, String title, String slug, String markdown, String manualExcerpt,
                String authorName, Instant createdAt) {
}
