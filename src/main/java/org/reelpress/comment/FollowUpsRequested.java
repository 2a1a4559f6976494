package org.reelpress.comment;

/**
 * A commenter ticked "Notify me of follow-up comments by email" on a comment that was stored (not
 * as spam). Published inside the comment's transaction, after {@link CommentPosted}.
 */
public record FollowUpsRequested(long commentId, long postId, String email) {
}
