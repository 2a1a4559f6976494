package org.reelpress.comment;

/** A comment as submitted, checked and ready to store. {@code parentId} is null for a new thread. */
public record NewComment(long postId, Long parentId, String authorName, String authorEmail,
                         String authorUrl, String body, String ip, String userAgent) {
}
