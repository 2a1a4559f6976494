package org.reelpress.comment;

/**
 * A comment's words as its author typed them, with who wrote it, for features that tell people of
 * it (mail). Never shown on a page: it holds the author's e-mail address. {@code userId} is null
 * for a guest.
 */
public record CommentWithAuthor(long id, long postId, String authorName, String authorEmail, Long userId,
                                String body, CommentStatus status) {
}
