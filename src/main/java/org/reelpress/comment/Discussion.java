package org.reelpress.comment;

import java.util.List;
import java.util.Set;

import org.reelpress.identity.Commenter;
import org.reelpress.identity.SignInProvider;

/**
 * The discussion under a review: one page of the approved comments as threads, the count of
 * all of them, and the form.
 * {@code replyTo} is the comment whose reply form is open when the page loads, or null;
 * {@code signedIn} the reader signed in on this request, or null; {@code signInProblem} what went
 * wrong with their last sign-in, or null; {@code changeable} the comments this reader may edit or delete;
 * {@code followUpsOffered} whether the blog sends mail, so that a commenter may ask to hear of
 * follow-up comments; {@code stamp} the signed time the form was first shown.
 */
public record Discussion(long postId, String postTitle, int count, List<CommentNode> threads,
                         CommentPages pages, CommentForm form, Long replyTo, boolean open, int maxLevel,
                         Commenter signedIn, List<SignInProvider> providers, String signInProblem,
                         Set<Long> changeable, boolean followUpsOffered, String stamp) {

    /** "No thoughts yet", "One thought on “Title”", "4 thoughts on “Title”" */
    public String heading() {
        return switch (count) {
            case 0 -> "No thoughts yet";
            case 1 -> "One thought on “" + postTitle + "”";
            default -> count + " thoughts on “" + postTitle + "”";
        };
    }

    /** Replies go as deep as the blog's threading setting allows, and only to approved comments. */
    public boolean canReplyTo(CommentNode node) {
        return open && node.level() < maxLevel && !node.comment().awaitingModeration();
    }

    /** Blocked accounts see no form. */
    public boolean mayComment() {
        return open && (signedIn == null || !signedIn.blocked());
    }

    public boolean mayChange(CommentNode node) {
        // nearly every reader may change none: no id boxed and hashed for each comment shown
        return !changeable.isEmpty() && changeable.contains(node.comment().id());
    }

    public boolean formIsUnder(CommentNode node) {
        return replyTo != null && replyTo == node.comment().id();
    }
}
