package org.reelpress.comment;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.post.Markdown;
import org.reelpress.site.Layout;
import org.reelpress.site.SettingsRepository;
import org.reelpress.site.SiteSettings;
import org.reelpress.web.FormToken;
import org.reelpress.web.Redirects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** Authors change or delete their comments for a while after posting; moderators at any time. */
@Controller
class CommentEditController {

    private final CommentRepository comments;
    private final CommentTargets targets;
    private final CommentEditing editing;
    private final Markdown markdown;
    private final SettingsRepository settings;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CommentEditController(CommentRepository comments, CommentTargets targets, CommentEditing editing,
                          Markdown markdown, SettingsRepository settings, Clock clock,
                          ApplicationEventPublisher events) {
        this.comments = comments;
        this.targets = targets;
        this.editing = editing;
        this.markdown = markdown;
        this.settings = settings;
        this.clock = clock;
        this.events = events;
    }

    // GET /comments/{id}/edit → the comment's text in a form; not the reader's to change → 403; unknown → 404
    @GetMapping("/comments/{id:\\d{1,18}}/edit")
    ModelAndView form(@PathVariable long id, HttpServletRequest request, CsrfToken csrf) {
        Comment comment = changeable(id, request);
        return page(comment, comments.source(id).orElse(""), null, csrf, HttpStatus.OK);
    }

    // POST /comments/{id}/edit  form: comment → 303 to the comment, marked edited; empty or too long → the form again
    @PostMapping("/comments/{id:\\d{1,18}}/edit")
    Object save(@PathVariable long id, @RequestParam(defaultValue = "") String comment,
                HttpServletRequest request, CsrfToken csrf) {
        Comment stored = changeable(id, request);
        String text = comment.strip();
        int max = settings.site().comments().maxLength();
        int length = text.codePointCount(0, text.length());
        if (length == 0 || length > max) {
            String error = length == 0 ? "A comment cannot be empty; to remove it, delete it."
                    : "A comment can be at most %,d characters; this one has %,d.".formatted(max, length);
            return page(stored, comment, error, csrf, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        comments.edit(id, text, markdown.renderComment(text), clock.instant());
        events.publishEvent(new DiscussionChanged(stored.postId()));
        return Redirects.seeOther(permalinkOf(stored) + "#comment-" + id);
    }

    // POST /comments/{id}/delete → the comment goes to the trash; 303 to the discussion
    @PostMapping("/comments/{id:\\d{1,18}}/delete")
    RedirectView delete(@PathVariable long id, HttpServletRequest request) {
        Comment stored = changeable(id, request);
        comments.setStatus(id, CommentStatus.TRASH);
        events.publishEvent(new DiscussionChanged(stored.postId()));
        return Redirects.seeOther(permalinkOf(stored) + "#comments");
    }

    private Comment changeable(long id, HttpServletRequest request) {
        Comment comment = comments.find(id).filter(c -> c.status() != CommentStatus.TRASH)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!editing.reader(request).mayChange(comment)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return comment;
    }

    private String permalinkOf(Comment comment) {
        return targets.find(comment.postId()).map(CommentTarget::permalink).orElse("/");
    }

    private ModelAndView page(Comment comment, String text, String error, CsrfToken csrf, HttpStatus status) {
        SiteSettings site = settings.site();
        EditPage page = new EditPage(Layout.of(site, "Edit your comment"), comment.id(), text, error,
                permalinkOf(comment) + "#comment-" + comment.id(), FormToken.of(csrf));
        return new ModelAndView("comment/edit", Map.of("page", page), status);
    }

}
