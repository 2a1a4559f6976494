package org.reelpress.editor;

import java.time.Instant;

import org.reelpress.post.PostStatus;

/**
 * A post or page as the editor loads it. {@code publishedAt} is the time it went or goes live
 * (null for a draft never published); {@code version} counts its saves.
 */
public record EditedPost(long id, PostType type, String slug, String title, String markdown, String manualExcerpt,
                  PostStatus status, long authorId, String authorName, Long workId, Integer rating,
                  boolean commentsOpen, Instant publishedAt, Instant updatedAt, int version) {
}
