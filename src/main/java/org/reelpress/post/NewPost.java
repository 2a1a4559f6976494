package org.reelpress.post;

import java.time.Instant;

/** A post as its writer saved it. {@code workId} and {@code rating} (in half stars) are null when absent. */
public record NewPost(String slug, String title, String markdown, PostStatus status, long authorId,
                      Long workId, Integer rating, boolean commentsOpen, Instant publishedAt) {
}
