package org.reelpress.comment;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.reelpress.identity.SignInProviders;
import org.reelpress.identity.SignInReturn;
import org.reelpress.site.Layout;
import org.reelpress.site.SettingsRepository;
import org.reelpress.site.SiteSettings;
import org.reelpress.web.FormToken;
import org.reelpress.web.Redirects;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

@Controller
class CommentController {

    private final CommentPosting posting;
    private final RememberedCommenter remembered;
    private final CommentDrafts drafts;
    private final SignInProviders providers;
    private final SignInReturn returns;
    private final OwnComments own;
    private final Discussions discussions;
    private final SettingsRepository settings;
    private final CommentRepository comments;
    private final CommentTargets targets;
    private final CommentAddresses addresses;

    CommentController(CommentRepository comments, CommentTargets targets, CommentAddresses addresses,
                      CommentPosting posting, RememberedCommenter remembered, CommentDrafts drafts,
                      SignInProviders providers, SignInReturn returns, OwnComments own,
                      Discussions discussions, SettingsRepository settings) {
        this.discussions = discussions;
        this.settings = settings;
        this.own = own;
        this.comments = comments;
        this.targets = targets;
        this.addresses = addresses;
        this.posting = posting;
        this.remembered = remembered;
        this.drafts = drafts;
        this.providers = providers;
        this.returns = returns;
    }

    // POST /comments  form: post, parent?, comment, name, email, url, remember?, notify? → 303 to the new comment's
    // permalink; refused → 303 back to the form, which shows the messages and keeps the typed text;
    // too many comments lately → 429 with the form and the typed text
    @PostMapping("/comments")
    ModelAndView post(HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect,
                      CsrfToken csrf) {
        CommentSubmission form = CommentSubmission.of(request);
        CommentPosting.Outcome outcome = posting.post(form, request.getRemoteAddr(), request.getHeader("User-Agent"));
        return switch (outcome) {
            case CommentPosting.Outcome.Posted posted -> {
                drafts.forget(request, posted.postId());
                own.add(request, response, posted.commentId());
                if (form.wantsToBeRemembered()) {
                    remembered.remember(request, response, new RememberedCommenter.Details(form.nameText(), form.emailText(), form.urlText()));
                } else if (form.name() != null) {
                    remembered.forget(request, response);
                }
                yield new ModelAndView(Redirects.seeOther(posted.location()));
            }
            case CommentPosting.Outcome.Refused refused -> {
                redirect.addFlashAttribute(CommentForm.FLASH, refused.form());
                yield new ModelAndView(Redirects.seeOther(refused.location()));
            }
            case CommentPosting.Outcome.Slowed slowed -> slowDown(slowed, request, csrf);
        };
    }

    private ModelAndView slowDown(CommentPosting.Outcome.Slowed slowed, HttpServletRequest request, CsrfToken csrf) {
        SiteSettings site = settings.site();
        CommentTarget target = slowed.target();
        Discussion discussion = discussions.of(target, target.title(), site.threadDepth(), site.comments(), null,
                Map.of(CommentForm.FLASH, slowed.form()), null, request);
        SlowDownPage page = new SlowDownPage(Layout.of(site, "Slow down a little"), discussion, target.permalink(),
                FormToken.of(csrf));
        return new ModelAndView("comment/slow", Map.of("page", page), HttpStatus.TOO_MANY_REQUESTS);
    }

    // GET /comments/{id} → 302 to the page of its review's discussion that shows it, at its anchor;
    // a comment readers may not see (held, other than to its author; spam; trash), or junk → 404
    @GetMapping("/comments/{id}")
    RedirectView show(@PathVariable String id, HttpServletRequest request) {
        Comment comment = CommentPosting.parseId(id).flatMap(comments::find)
                .filter(c -> c.status() == CommentStatus.APPROVED
                        || (c.awaitingModeration() && own.read(request).contains(c.id())))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        CommentTarget target = targets.find(comment.postId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Redirects.found(addresses.of(target, comment));
    }

    // POST /comments/sign-in  form: the comment form's fields and provider → 303 to the provider's sign-in,
    // the typed comment kept for the return; an unknown provider → 303 back to the form with a message
    @PostMapping("/comments/sign-in")
    RedirectView signIn(@RequestParam(defaultValue = "") String provider, HttpServletRequest request,
                        RedirectAttributes redirect) {
        CommentSubmission form = CommentSubmission.of(request);
        CommentTarget target = posting.targetOf(form);
        Long parentId = CommentPosting.parseId(form.parent()).orElse(null);
        CommentForm draft = CommentPosting.refusedForm(form, parentId, Map.of());
        String formPlace = posting.formPlace(target, parentId);
        if (providers.find(provider).isEmpty()) {
            redirect.addFlashAttribute(CommentForm.FLASH, draft.withError("comment",
                    "That sign-in is not offered on this blog. Choose another, or comment with your name and e-mail."));
            return Redirects.seeOther(formPlace);
        }
        drafts.keep(request, target.postId(), draft);
        returns.rememberReturn(request, formPlace);
        return Redirects.seeOther("/oauth2/authorization/" + provider);
    }

}
