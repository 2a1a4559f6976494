package org.reelpress.post;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.comment.CommentTarget;
import org.reelpress.comment.Discussion;
import org.reelpress.comment.Discussions;
import org.reelpress.site.Layout;
import org.reelpress.site.SettingsRepository;
import org.reelpress.site.SiteSettings;
import org.reelpress.web.FormToken;
import org.reelpress.web.PageTags;
import org.reelpress.web.Redirects;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages at the top of the blog (/about/), shown like a review without the work, with their
 * discussion when comments are open. Every other route is a literal path or has more segments,
 * and those win over this one; the editor never gives a page a slug the blog already answers.
 */
/** Renders a page (About, Contact …); PostController's {@code /{slug}/} hands the address over when no review has it. */
@Component
class PageController {

    private final PageRepository pages;
    private final TermRepository terms;
    private final SettingsRepository settings;
    private final Discussions discussions;
    private final PostCommentTargets targets;

    PageController(PageRepository pages, TermRepository terms, SettingsRepository settings, Discussions discussions,
                   PostCommentTargets targets) {
        this.pages = pages;
        this.terms = terms;
        this.settings = settings;
        this.discussions = discussions;
        this.targets = targets;
    }

    // GET /{slug}/  ?replytocom=N → the published page and its discussion; a slug it had before → 301 to its
    // address now; unknown → 404
    ModelAndView show(@PathVariable String slug, @RequestParam(required = false) String replytocom, Model model,
                      HttpServletRequest request, CsrfToken csrf) {
        SiteSettings site = settings.site();
        Post page = pages.findPublished(slug).orElse(null);
        if (page == null) {
            return pages.renamedFrom("page", slug).flatMap(pages::findPublished)
                    .map(moved -> new ModelAndView(Redirects.movedPermanently(Permalinks.ofPage(moved.slug()))))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        PageTags.add(request, PageTags.post(page.id()));
        CommentTarget target = targets.ofPage(page, site);
        Discussion discussion = discussions.of(target, page.title(), site.threadDepth(), site.comments(), null,
                model.asMap(), replytocom, request);
        Layout layout = new Layout(site, page.title(), page.excerpt());
        ReviewPage view = new ReviewPage(layout, page, target.permalink(), terms.termsOf(page.id()), discussion,
                FormToken.of(csrf), null);
        return new ModelAndView("post/review", Map.of("page", view));
    }
}
