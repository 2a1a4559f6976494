package org.reelpress.comment;

import java.util.List;

/**
 * The discussion under a review: the approved comments as threads, their count, and the form.
 * {@code replyTo} is the comment whose reply form is open when the page loads, or null.
 */
public record Discussion(long postId, String postTitle, int count, List<CommentNode> threads,
                         CommentForm form, Long replyTo, boolean open, int maxLevel) {

    /** "No thoughts yet", "One thought on “Title”", "4 thoughts on “Title”" */
    public String heading() {
        return switch (count) {
            case 0 -> "No thoughts yet";
            case 1 -> "One thought on “" + postTitle + "”";
            default -> count + " thoughts on “" + postTitle + "”";
        };
    }

    /** Replies go as deep as the blog's threading setting allows. */
    public boolean canReplyTo(CommentNode node) {
        return open && node.level() < maxLevel;
    }

    public boolean formIsUnder(CommentNode node) {
        return replyTo != null && replyTo == node.comment().id();
    }
}
