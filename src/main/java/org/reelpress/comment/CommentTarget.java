package org.reelpress.comment;

/** What comments need to know of the post they are left on. */
public record CommentTarget(long postId, String title, boolean open, String permalink) {
}
