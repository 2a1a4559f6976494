package org.reelpress.comment;

import java.time.Instant;

import org.reelpress.web.Utf8Html;

/**
 * A comment as readers may see it: no e-mail address, no IP. {@code avatar} is the address of
 * its author's picture, on the blog itself; {@code authorUrl} is empty when none was given;
 * {@code userId} is the signed-in author's account, null for a guest; {@code bodyHtml} is the sanitized
 * body, as stored.
 */
public record Comment(long id, long postId, Long parentId, int depth, String path, String authorName,
                      String authorUrl, String avatar, Utf8Html bodyHtml, CommentStatus status,
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
        // the path's ids, zero-padded and joined with dots, read in one pass: splitting and parsing was a
        // measurable part of building a page's threads
        int count = 1;
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) == '.') {
                count++;
            }
        }
        long[] ids = new long[count];
        int at = 0;
        long id = 0;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.') {
                ids[at++] = id;
                id = 0;
            } else {
                id = id * 10 + (c - '0');
            }
        }
        ids[at] = id;
        return ids;
    }
}
