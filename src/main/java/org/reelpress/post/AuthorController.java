package org.reelpress.post;

import java.nio.charset.StandardCharsets;
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
import org.springframework.web.util.UriUtils;

/** A writer's archive, as WordPress has it: their published reviews, newest first, a page at a time. */
@Controller
class AuthorController {

    private final PostRepository posts;
    private final SettingsRepository settings;

    AuthorController(PostRepository posts, SettingsRepository settings) {
        this.posts = posts;
        this.settings = settings;
    }

    // GET /author/{login}/  and  /author/{login}/page/{n}/ → that writer's reviews; a reader's account, an unknown
    // login or a page past the last → 404
    @GetMapping({"/author/{login}/", "/author/{login}/page/{page}/"})
    ModelAndView author(@PathVariable String login, @PathVariable(required = false) String page, HttpServletRequest request) {
        SiteSettings site = settings.site();
        Author author = posts.findWriter(login).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String basePath = "/author/" + UriUtils.encodePathSegment(author.login(), StandardCharsets.UTF_8) + "/";
        Paging paging = Paging.of(page, posts.countPublishedBy(author.id()), site.postsPerPage(), basePath);
        if (page != null && !String.valueOf(paging.number()).equals(page)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<PostSummary> list = posts.newestBy(author.id(), paging.offset(site.postsPerPage()), site.postsPerPage());
        String heading = "Author: " + author.name();
        PageTags.add(request, PageTags.LISTS); // a list of posts with their comment counts, like the archives
        return new ModelAndView("post/list", Map.of("page",
                new ListPage(Layout.of(site, heading), heading, list, paging, site)));
    }
}
