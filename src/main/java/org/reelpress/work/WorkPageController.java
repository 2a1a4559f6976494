package org.reelpress.work;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.media.MediaRepository;
import org.reelpress.media.Picture;
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

/** A work's own page, where readers find every review of it on the blog. */
@Controller
class WorkPageController {

    private final WorkRepository works;
    private final MediaRepository media;
    private final SettingsRepository settings;

    WorkPageController(WorkRepository works, MediaRepository media, SettingsRepository settings) {
        this.works = works;
        this.media = media;
        this.settings = settings;
    }

    // GET /works/{slug}/ and /works/{slug}/page/{n}/ → the work's details and poster, its published reviews newest first
    // (posts per page as set); unknown work or a page past the last → 404
    @GetMapping({"/works/{slug}/", "/works/{slug}/page/{page}/"})
    ModelAndView show(@PathVariable String slug, @PathVariable(required = false) String page, HttpServletRequest request) {
        SiteSettings site = settings.site();
        Work work = works.findBySlug(WorkForm.slugOf(slug)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        int total = works.countReviews(work.id());
        Paging paging = Paging.of(page, total, site.postsPerPage(), work.link());
        if (page != null && !String.valueOf(paging.number()).equals(page)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Picture poster = work.posterId() == null ? null : media.find(work.posterId()).map(image -> image.picture(300)).orElse(null);
        String description = work.line();
        WorkPage view = new WorkPage(new Layout(site, work.title(), description), work, poster,
                works.reviews(work.id(), paging.offset(site.postsPerPage()), site.postsPerPage()), paging, total);
        // kept until the work or any post about it changes (a post that becomes one: see cache/PageCacheInvalidation)
        PageTags.add(request, PageTags.work(work.id()));
        works.postIds(work.id()).forEach(post -> PageTags.add(request, PageTags.post(post)));
        return new ModelAndView("work/work", Map.of("page", view));
    }
}
