package org.reelpress.post;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.site.Layout;
import org.reelpress.site.Paging;
import org.reelpress.site.SettingsRepository;
import org.reelpress.site.SiteSettings;
import org.reelpress.web.PageTags;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/** The front page and the category and tag archives: reviews newest first, a page at a time. */
@Controller
class ListController {

    private final PostRepository posts;
    private final TermRepository terms;
    private final SettingsRepository settings;

    ListController(PostRepository posts, TermRepository terms, SettingsRepository settings) {
        this.posts = posts;
        this.terms = terms;
        this.settings = settings;
    }

    // GET /  and  /page/{n}/ → the newest reviews; a page past the last → 404
    @GetMapping({"/", "/page/{page}/"})
    ModelAndView front(@PathVariable(required = false) String page, HttpServletRequest request) {
        PageTags.add(request, PageTags.LISTS);
        SiteSettings site = settings.site();
        Paging paging = pageOrNotFound(page, posts.countPublished(), site, "/");
        List<PostSummary> list = posts.newest(paging.offset(site.postsPerPage()), site.postsPerPage());
        return view(new ListPage(Layout.of(site, paging.number() == 1 ? null : "Page " + paging.number()),
                null, list, paging, site));
    }

    // GET /category/{slug}/  and  /category/{slug}/page/{n}/ → that category's reviews; unknown → 404
    @GetMapping({"/category/{slug}/", "/category/{slug}/page/{page}/"})
    ModelAndView category(@PathVariable String slug, @PathVariable(required = false) String page,
                          HttpServletRequest request) {
        PageTags.add(request, PageTags.LISTS);
        return archive(Taxonomy.CATEGORY, slug, page);
    }

    // GET /tag/{slug}/  and  /tag/{slug}/page/{n}/ → that tag's reviews; unknown → 404
    @GetMapping({"/tag/{slug}/", "/tag/{slug}/page/{page}/"})
    ModelAndView tag(@PathVariable String slug, @PathVariable(required = false) String page,
                     HttpServletRequest request) {
        PageTags.add(request, PageTags.LISTS);
        return archive(Taxonomy.TAG, slug, page);
    }

    private ModelAndView archive(Taxonomy taxonomy, String slug, String page) {
        SiteSettings site = settings.site();
        Term term = terms.find(taxonomy, slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Paging paging = pageOrNotFound(page, posts.countPublishedIn(term), site, Permalinks.ofTerm(term));
        List<PostSummary> list = posts.newestIn(term, paging.offset(site.postsPerPage()), site.postsPerPage());
        String heading = taxonomy.label() + ": " + term.name();
        return view(new ListPage(Layout.of(site, heading), heading, list, paging, site));
    }

    private static Paging pageOrNotFound(String page, int total, SiteSettings site, String basePath) {
        Paging paging = Paging.of(page, total, site.postsPerPage(), basePath);
        if (page != null && !String.valueOf(paging.number()).equals(page)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return paging;
    }

    private static ModelAndView view(ListPage page) {
        return new ModelAndView("post/list", Map.of("page", page));
    }
}
