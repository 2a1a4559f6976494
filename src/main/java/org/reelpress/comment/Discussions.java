package org.reelpress.comment;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.identity.Commenters;
import org.reelpress.identity.SignInProviders;
import org.reelpress.identity.SignInReturn;
import org.springframework.stereotype.Component;

/** Assembles the discussion shown under a post. */
@Component
public class Discussions {

    private final CommentRepository comments;
    private final RememberedCommenter remembered;
    private final CommentDrafts drafts;
    private final Commenters commenters;
    private final SignInProviders providers;
    private final HeldComments held;
    private final FormTimingCheck timing;

    Discussions(FormTimingCheck timing, CommentRepository comments, RememberedCommenter remembered, CommentDrafts drafts,
                Commenters commenters, SignInProviders providers, HeldComments held) {
        this.timing = timing;
        this.held = held;
        this.comments = comments;
        this.remembered = remembered;
        this.drafts = drafts;
        this.commenters = commenters;
        this.providers = providers;
    }

    /**
     * @param flash    what the previous request left for this page: a refused form, a sign-in problem
     * @param replyTo  the comment the reader asked to reply to, from the URL (may be junk)
     */
    public Discussion of(long postId, String postTitle, boolean open, int maxLevel,
                         Map<String, ?> flash, String replyTo, HttpServletRequest request) {
        List<Comment> rows = comments.thread(postId, held.read(request));
        List<CommentNode> threads = CommentTree.build(rows, maxLevel);
        CommentForm form = flash.get(CommentForm.FLASH) instanceof CommentForm refused ? refused
                : drafts.find(request, postId)
                .or(() -> remembered.read(request).map(CommentForm::remembered))
                .orElseGet(CommentForm::empty);
        Long parent = form.parentId() != null ? form.parentId() : parseId(replyTo);
        Long shownParent = parent != null && rows.stream()
                .anyMatch(c -> c.id() == parent && c.status() == CommentStatus.APPROVED) ? parent : null;
        int approved = (int) rows.stream().filter(c -> c.status() == CommentStatus.APPROVED).count();
        String problem = flash.get(SignInReturn.PROBLEM) instanceof String message ? message : null;
        return new Discussion(postId, postTitle, approved, threads, form, shownParent, open, maxLevel,
                commenters.current().orElse(null), providers.all(), problem,
                form.stamp().isEmpty() ? timing.stamp() : form.stamp());
    }

    private static Long parseId(String value) {
        if (value == null || value.isBlank() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(value);
    }
}
