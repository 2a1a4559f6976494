package org.reelpress.comment;

/** A moderator approved a comment that was not shown before: from now on readers see it and it counts. */
public record CommentApproved(long commentId, long postId) {
}
