package org.reelpress.comment;

/**
 * What readers see under a post may have changed: a comment was posted, approved, unapproved,
 * marked as spam, trashed, deleted or edited. Published inside the change's transaction.
 */
public record DiscussionChanged(long postId) {
}
