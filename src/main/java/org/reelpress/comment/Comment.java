package org.reelpress.comment;

import java.time.Instant;

/**
 * A comment as readers may see it: no e-mail address, no IP. {@code avatar} is the address of
 * its author's picture, on the blog itself; {@code authorUrl} is empty when none was given;
 * {@code userId} is the signed-in author's account, null for a guest.
 */
public record Comment(long id, long postId, Long parentId, int depth, String path, String authorName,
                      String authorUrl, String avatar, String bodyHtml, CommentStatus status,
                      Instant createdAt, Instant editedAt, Long userId) {

    /** Only its author sees a comment in this state, with a word that it waits for a moderator. */
    public boolean awaitingModeration() {
        return status == CommentStatus.PENDING || status == CommentStatus.SPAM;
    }

    public String anchor() {
        return "comment-" + id;
    }

    /** The ids from the top of the thread down to this comment. */
    long[] ancestry() {
        String[] parts = path.split("\\.");
        long[] ids = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            ids[i] = Long.parseLong(parts[i]);
        }
        return ids;
    }
}
