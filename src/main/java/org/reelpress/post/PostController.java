package org.reelpress.post;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.comment.CommentTarget;
import org.reelpress.comment.Discussion;
import org.reelpress.comment.Discussions;
import org.reelpress.media.MediaRepository;
import org.reelpress.media.Picture;
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
    private final PageController pageController;
    private final MediaRepository media;

    PostController(PostRepository posts, TermRepository terms, SettingsRepository settings, Discussions discussions,
                   PostCommentTargets targets, PageRepository pages, PageController pageController, MediaRepository media) {
        this.pages = pages;
        this.pageController = pageController;
        this.targets = targets;
        this.media = media;
        this.posts = posts;
        this.terms = terms;
        this.settings = settings;
        this.discussions = discussions;
    }

    // GET /{year}/{month}/{slug}/  ?replytocom=N → the review and its discussion's default page (see CommentPages),
    // the form under comment N; a known slug under another address than its permalink → 301 there; unknown → 404
    @GetMapping("/{year:\\d{4}}/{month:\\d{2}}/{slug}/")
    ModelAndView show(@PathVariable String slug, @RequestParam(required = false) String replytocom, Model model,
                      HttpServletRequest request, CsrfToken csrf) {
        return review(posts.findPublished(slug), slug, null, replytocom, model, request, csrf);
    }

    // GET /{year}/{month}/{slug}/comment-page-{n}/  ?replytocom=N → the review with page n of its discussion;
    // a page number that names no page → 404
    @GetMapping("/{year:\\d{4}}/{month:\\d{2}}/{slug}/comment-page-{page}/")
    ModelAndView showPage(@PathVariable String slug, @PathVariable String page,
                          @RequestParam(required = false) String replytocom, Model model,
                          HttpServletRequest request, CsrfToken csrf) {
        return review(posts.findPublished(slug), slug, page, replytocom, model, request, csrf);
    }

    // GET /{year}/{month}/{day}/{slug}/ and …/comment-page-{n}/ → as above, for the "day and name" structure
    @GetMapping({"/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug}/",
            "/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug}/comment-page-{page}/"})
    ModelAndView showByDay(@PathVariable String slug, @PathVariable(required = false) String page,
                           @RequestParam(required = false) String replytocom, Model model,
                           HttpServletRequest request, CsrfToken csrf) {
        return review(posts.findPublished(slug), slug, page, replytocom, model, request, csrf);
    }

    // GET /{slug}/ and /{slug}/comment-page-{n}/ → a page (About, Contact …) of that slug, else as above,
    // for the "post name" structure
    @GetMapping({"/{slug}/", "/{slug}/comment-page-{page}/"})
    ModelAndView showByName(@PathVariable String slug, @PathVariable(required = false) String page,
                            @RequestParam(required = false) String replytocom, Model model,
                            HttpServletRequest request, CsrfToken csrf) {
        if (page == null && posts.findPublished(slug).isEmpty()) {
            return pageController.show(slug, replytocom, model, request, csrf);
        }
        return review(posts.findPublished(slug), slug, page, replytocom, model, request, csrf);
    }

    // GET /archives/{id}/ and /archives/{id}/comment-page-{n}/ → as above, for the "numeric" structure
    @GetMapping({"/archives/{id:\\d{1,18}}/", "/archives/{id:\\d{1,18}}/comment-page-{page}/"})
    ModelAndView showById(@PathVariable long id, @PathVariable(required = false) String page,
                          @RequestParam(required = false) String replytocom, Model model,
                          HttpServletRequest request, CsrfToken csrf) {
        return review(posts.findPublished(id), null, page, replytocom, model, request, csrf);
    }

    /** {@code slug} is the one asked for (null when asked by id), to find a post renamed since. */
    private ModelAndView review(Optional<Post> found, String slug, String commentPage, String replytocom, Model model,
                                HttpServletRequest request, CsrfToken csrf) {
        SiteSettings site = settings.site();
        Post post = found.orElse(null);
        if (post == null) {
            // a slug the post had before its writer changed it: its old address moved for good
            return Optional.ofNullable(slug).flatMap(old -> pages.renamedFrom("post", old)).flatMap(posts::findPublished)
                    .map(moved -> new ModelAndView(Redirects.movedPermanently(
                            Permalinks.of(site, moved.id(), moved.slug(), moved.publishedAt()))))
                    .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        }
        CommentTarget target = targets.of(post, site);
        String pageSuffix = commentPage == null ? ""
                : "comment-page-" + UriUtils.encodePathSegment(commentPage, StandardCharsets.UTF_8) + "/";
        if (!samePath(request.getRequestURI(), target.permalink() + pageSuffix)) {
            String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
            return new ModelAndView(Redirects.movedPermanently(target.permalink() + pageSuffix + query));
        }
        PageTags.add(request, PageTags.post(post.id()));
        Discussion discussion = discussions.of(target, post.title(), site.threadDepth(), site.comments(), commentPage,
                model.asMap(), replytocom, request);
        Layout layout = new Layout(site, post.title(), post.excerpt())
                .with(HeadLink.atomFeed("Comments on “" + post.title() + "”", target.permalink() + "feed/"));
        Picture poster = post.work() == null || post.work().posterId() == null ? null
                : media.find(post.work().posterId()).map(image -> image.picture(300)).orElse(null);
        ReviewPage page = new ReviewPage(layout, post, target.permalink(), terms.termsOf(post.id()), discussion,
                FormToken.of(csrf), poster);
        return new ModelAndView("post/review", Map.of("page", page));
    }

    /** Whether a request's address is this permalink, however the browser encoded it. */
    private static boolean samePath(String requested, String permalink) {
        return Normalizer.normalize(UriUtils.decode(requested, StandardCharsets.UTF_8), Normalizer.Form.NFC)
                .equals(Normalizer.normalize(UriUtils.decode(permalink, StandardCharsets.UTF_8), Normalizer.Form.NFC));
    }

    // GET /archives/{id} → 301 to the address with its closing slash
    @GetMapping("/archives/{id:\\d{1,18}}")
    RedirectView archiveWithSlash(HttpServletRequest request) {
        return withSlash(request);
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
