package org.reelpress.comment;

import java.time.Instant;

/** A comment as moderators see it (public for the template): with the author's e-mail address and IP, and the title of its post. */
public record ModeratedComment(long id, long postId, String postTitle, String authorName, String authorEmail,
                        String authorUrl, String ip, String bodyHtml, CommentStatus status, Instant createdAt) {

    public String anchor() {
        return "comment-" + id;
    }
}
