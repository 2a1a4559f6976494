package org.reelpress.comment;

/**
 * A moderator said what a comment is: spam, or a good comment (approved). The learning filter
 * learns from it; moderation publishes it each time a moderator approves a comment or marks one as spam.
 */
public record CommentJudged(long commentId, boolean spam) {
}
