package org.reelpress.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.comment.CommentTarget;
import org.reelpress.comment.Discussion;
import org.reelpress.comment.Discussions;
import org.reelpress.site.HeadLink;
import org.reelpress.site.Layout;
import org.reelpress.site.SettingsRepository;
import org.reelpress.site.SiteSettings;
import org.reelpress.web.FormToken;
import org.reelpress.web.PageTags;
import org.reelpress.web.Redirects;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriUtils;

@Controller
class PostController {

    private final PostRepository posts;
    private final TermRepository terms;
    private final SettingsRepository settings;
    private final Discussions discussions;
    private final PostCommentTargets targets;
    private final PageRepository pages;

    PostController(PostRepository posts, TermRepository terms, SettingsRepository settings, Discussions discussions,
                   PostCommentTargets targets, PageRepository pages) {
        this.pages = pages;
        this.targets = targets;
        this.posts = posts;
        this.terms = terms;
        this.settings = settings;
        this.discussions = discussions;
    }

    // GET /{year}/{month}/{slug}/  ?replytocom=N → the review and its discussion's default page (see CommentPages),
    // the form under comment N; a known slug under another date → 301 to its permalink; unknown → 404
    @GetMapping("/{year:\\d{4}}/{month:\\d{2}}/{slug}/")
    ModelAndView show(@PathVariable int year, @PathVariable int month, @PathVariable String slug,
                      @RequestParam(required = false) String replytocom, Model model,
                      HttpServletRequest request, CsrfToken csrf) {
        return review(year, month, slug, null, replytocom, model, request, csrf);
    }

    // GET /{year}/{month}/{slug}/comment-page-{n}/  ?replytocom=N → the review with page n of its discussion;
    // a page number that names no page → 404
    @GetMapping("/{year:\\d{4}}/{month:\\d{2}}/{slug}/comment-page-{page}/")
    ModelAndView showPage(@PathVariable int year, @PathVariable int month, @PathVariable String slug,
                          @PathVariable String page, @RequestParam(required = false) String replytocom, Model model,
                          HttpServletRequest request, CsrfToken csrf) {
        return review(year, month, slug, page, replytocom, model, request, csrf);
    }

    private ModelAndView review(int year, int month, String slug, String commentPage, String replytocom, Model model,
                                HttpServletRequest request, CsrfToken csrf) {
        SiteSettings site = settings.site();
        Post post = posts.findPublished(slug).orElse(null);
        if (post == null) {
            // a slug the post had before its writer changed it: its old address moved for good
            return pages.renamedFrom("post", slug).flatMap(posts::findPublished)
                    .map(moved -> new ModelAndView(Redirects.movedPermanently(Permalinks.of(site.zone(), moved.slug(), moved.publishedAt()))))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        CommentTarget target = targets.of(post, site);
        var published = site.local(post.publishedAt());
        if (published.getYear() != year || published.getMonthValue() != month) {
            return new ModelAndView(Redirects.movedPermanently(target.permalink()
                    + (commentPage == null ? "" : "comment-page-" + UriUtils.encodePathSegment(commentPage, StandardCharsets.UTF_8) + "/")));
        }
        PageTags.add(request, PageTags.post(post.id()));
        Discussion discussion = discussions.of(target, post.title(), site.threadDepth(), site.comments(), commentPage,
                model.asMap(), replytocom, request);
        Layout layout = new Layout(site, post.title(), post.excerpt())
                .with(HeadLink.atomFeed("Comments on “" + post.title() + "”", target.permalink() + "feed/"));
        ReviewPage page = new ReviewPage(layout, post, target.permalink(), terms.termsOf(post.id()), discussion,
                FormToken.of(csrf));
        return new ModelAndView("post/review", Map.of("page", page));
    }

    // GET /{year}/{month}/{slug}/comment-page-{n} → 301 to the address with its closing slash
    @GetMapping("/{year:\\d{4}}/{month:\\d{2}}/{slug}/comment-page-{page}")
    RedirectView pageWithSlash(HttpServletRequest request) {
        return withSlash(request);
    }

    // GET /{year}/{month}/{slug} → 301 to the address with its closing slash
    @GetMapping("/{year:\\d{4}}/{month:\\d{2}}/{slug}")
    RedirectView withSlash(HttpServletRequest request) {
        String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
        return Redirects.movedPermanently(request.getRequestURI() + "/" + query);
    }

}
