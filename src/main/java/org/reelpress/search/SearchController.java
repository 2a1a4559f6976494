package org.reelpress.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.reelpress.site.Layout;
import org.reelpress.site.SettingsRepository;
import org.reelpress.site.SiteSettings;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Search as WordPress answers it: {@code /?s=words}, its later pages, and {@code /search/words/}. */
@Controller
class SearchController {

    private final Search search;
    private final SearchablePosts posts;
    private final SettingsRepository settings;

    SearchController(Search search, SearchablePosts posts, SettingsRepository settings) {
        this.search = search;
        this.posts = posts;
        this.settings = settings;
    }

    // GET /?s=words  and  /page/{n}/?s=words  ?category_name=slug, tag=slug, work=slug → a page of ranked results,
    // or a friendly line when there are none; any words, however odd, get an answer
    @GetMapping(value = {"/", "/page/{page}/"}, params = "s")
    ModelAndView results(@RequestParam("s") String words, @PathVariable(required = false) String page,
                         @RequestParam(name = "category_name", required = false) String category,
                         @RequestParam(required = false) String tag, @RequestParam(required = false) String work) {
        return page(new SearchRequest(words, category, tag, work, pageNumber(page)));
    }

    // GET /search/{words}/  and  /search/{words}/page/{n}/ → the same as /?s=words
    @GetMapping({"/search/{words}/", "/search/{words}/page/{page}/"})
    ModelAndView pretty(@PathVariable String words, @PathVariable(required = false) String page) {
        return page(new SearchRequest(words, null, null, null, pageNumber(page)));
    }

    private ModelAndView page(SearchRequest request) {
        SiteSettings site = settings.site();
        SearchResults results = search.find(request, site.postsPerPage(), site);
        List<Filed> filters = new ArrayList<>();
        for (var filter : List.of(new Filed("category", request.category(), null), new Filed("tag", request.tag(), null),
                new Filed("work", request.work(), null))) {
            if (filter.slug() != null) {
                filters.add(new Filed(filter.kind(), filter.slug(), posts.nameOf(filter.kind(), filter.slug()).orElse(filter.slug())));
            }
        }
        String title = request.words().isEmpty() ? "Search" : "Search results for “" + request.words() + "”";
        SearchPage view = new SearchPage(Layout.of(site, title), request, results, site.postsPerPage(), filters);
        return new ModelAndView("search/results", Map.of("page", view));
    }

    private static int pageNumber(String page) {
        if (page == null || page.isEmpty() || page.length() > 4 || !page.chars().allMatch(Character::isDigit)) {
            return 1;
        }
        return Integer.parseInt(page);
    }
}
