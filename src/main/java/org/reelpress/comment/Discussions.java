package org.reelpress.comment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.identity.Commenter;
import org.reelpress.identity.Commenters;
import org.reelpress.identity.SignInProviders;
import org.reelpress.identity.SignInReturn;
import org.reelpress.mail.Mailer;
import org.springframework.stereotype.Component;

/** Assembles the discussion shown under a post. */
@Component
public class Discussions {

    private final CommentRepository comments;
    private final RememberedCommenter remembered;
    private final CommentDrafts drafts;
    private final Commenters commenters;
    private final SignInProviders providers;
    private final OwnComments own;
    private final CommentEditing editing;
    private final Mailer mailer;
    private final FormTimingCheck timing;

    Discussions(CommentRepository comments, RememberedCommenter remembered, CommentDrafts drafts,
                Commenters commenters, SignInProviders providers, OwnComments own, CommentEditing editing,
                Mailer mailer, FormTimingCheck timing) {
        this.own = own;
        this.editing = editing;
        this.mailer = mailer;
        this.timing = timing;
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
        List<Comment> rows = comments.thread(postId, own.read(request));
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
        Commenter signedIn = commenters.current().orElse(null);
        CommentEditing.Reader reader = editing.reader(request, signedIn);
        Set<Long> changeable = rows.stream().filter(reader::mayChange).map(Comment::id).collect(Collectors.toSet());
        return new Discussion(postId, postTitle, approved, threads, form, shownParent, open, maxLevel,
                signedIn, providers.all(), problem, changeable, mailer.enabled(),
                form.stamp().isEmpty() ? timing.stamp() : form.stamp());
    }

    private static Long parseId(String value) {
        if (value == null || value.isBlank() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(value);
    }
}
