package org.reelpress.comment;

/**
 * A comment was stored. Published inside the transaction that stored it, so that what listeners
 * write (mail to send, say) is kept together with the comment or not at all.
 */
public record CommentPosted(long commentId, long postId, Long parentId, CommentStatus status) {
}
