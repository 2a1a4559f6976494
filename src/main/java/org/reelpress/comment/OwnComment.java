package org.reelpress.comment;

import java.time.Instant;

/**
 * A comment as its own author sees it on their account page and in their export: with its
 * Markdown source and its status, on the post it was left on ({@code post} is null once that
 * post is no longer published).
 */
public record OwnComment(long id, long postId, Long parentId, String body, String bodyHtml, CommentStatus status,
                         Instant createdAt, Instant editedAt, CommentTarget post) {

    OwnComment on(CommentTarget target) {
        return new OwnComment(id, postId, parentId, body, bodyHtml, status, createdAt, editedAt, target);
    }

    /** The comment in its thread while it shows there, else its post; null when the post is gone. */
    public String link() {
        if (post == null) {
            return null;
        }
        return status == CommentStatus.APPROVED ? post.permalink() + "#comment-" + id : post.permalink();
    }

    public String statusText() {
        return switch (status) {
            case APPROVED -> "Published";
            case PENDING -> "Waiting for a moderator";
            case SPAM -> "Held as spam";
            case TRASH -> "Removed";
        };
    }
}
