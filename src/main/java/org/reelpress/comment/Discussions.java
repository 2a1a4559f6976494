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
import org.reelpress.site.CommentSettings;
import org.reelpress.web.ExpiredForms;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

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
     * Two queries however long the discussion: its size, then the rows of the page shown.
     *
     * @param target   the post, whether it still takes comments, and its address
     * @param page     the page number from the address ({@code comment-page-N/}), or null for the review's own address
     * @param flash    what the previous request left for this page: a refused form, a sign-in problem
     * @param replyTo  the comment the reader asked to reply to, from the URL (may be junk)
     * @throws ResponseStatusException 404 for a page number that names no page
     */
    public Discussion of(CommentTarget target, String postTitle, int maxLevel, CommentSettings rules, String page,
                         Map<String, ?> flash, String replyTo, HttpServletRequest request) {
        CommentRepository.ThreadSize size = comments.size(target.postId());
        int pageCount = CommentPages.count(size.topLevel(), rules.perPage());
        Integer number = page == null ? Integer.valueOf(rules.newestFirst() ? pageCount : 1)
                : CommentPages.parse(page, pageCount);
        if (number == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "There is no such page of comments.");
        }
        CommentPages pages = new CommentPages(number, pageCount, rules.newestFirst(), target.permalink());
        List<Comment> rows = comments.page(target.postId(), number, rules.perPage(), size.topLevel(), own.read(request));
        List<CommentNode> threads = CommentTree.build(rows, maxLevel);
        if (rules.newestFirst()) {
            threads = threads.reversed();
        }
        CommentForm form = flash.get(CommentForm.FLASH) instanceof CommentForm refused ? refused
                : flash.get(ExpiredForms.FLASH) instanceof Map<?, ?> expired ? CommentForm.expired(expired)
                : drafts.find(request, target.postId())
                .or(() -> remembered.read(request).map(CommentForm::remembered))
                .orElseGet(CommentForm::empty);
        Long parent = form.parentId() != null ? form.parentId() : CommentPosting.parseId(replyTo).orElse(null);
        Long shownParent = parent != null && rows.stream()
                .anyMatch(c -> c.id() == parent && c.status() == CommentStatus.APPROVED) ? parent : null;
        String problem = flash.get(SignInReturn.PROBLEM) instanceof String message ? message : null;
        Commenter signedIn = commenters.current().orElse(null);
        CommentEditing.Reader reader = editing.reader(request, signedIn);
        Set<Long> changeable = rows.stream().filter(reader::mayChange).map(Comment::id).collect(Collectors.toSet());
        return new Discussion(target.postId(), postTitle, size.comments(), threads, pages, form, shownParent,
                target.open(), maxLevel, signedIn, providers.all(), problem, changeable, mailer.enabled(),
                form.stamp().isEmpty() ? timing.stamp() : form.stamp());
    }
}
