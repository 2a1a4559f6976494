package org.reelpress.editor;

import java.time.Instant;

import org.reelpress.post.PostStatus;

/** A row of the posts or pages list. {@code publishedAt} is null for a draft never published. */
public record ListedPost(long id, PostType type, String title, String slug, PostStatus status, long authorId,
                  String authorName, String workTitle, Integer rating, Instant publishedAt, Instant updatedAt,
                  int commentCount) {
}
