package org.reelpress.comment;

/**
 * A comment as submitted, checked and ready to store. {@code parentId} is null for a new thread;
 * {@code userId} and {@code provider} are null for a guest.
 */
public record NewComment(long postId, Long parentId, String authorName, String authorEmail,
                         String authorUrl, String body, String ip, String userAgent, Long userId, String provider) {

    public static NewComment guest(long postId, Long parentId, String authorName, String authorEmail,
                                   String authorUrl, String body, String ip, String userAgent) {
        return new NewComment(postId, parentId, authorName, authorEmail, authorUrl, body, ip, userAgent, null, null);
    }
}
