package org.reelpress.comment;

/** A moderator approved a comment that was held: readers see it from now on. */
public record CommentApproved(long commentId, long postId) {
}
