package org.reelpress.search;

import java.util.Map;

import org.reelpress.site.Layout;
import org.reelpress.site.SettingsRepository;
import org.reelpress.web.FormToken;
import org.reelpress.web.Redirects;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/** Where editors and administrators see the search index and rebuild it from the database. */
@Controller
class IndexAdminController {

    static final String PATH = "/admin/search";
    private static final String MESSAGE = "rebuilt";

    private final SearchIndex index;
    private final SearchablePosts posts;
    private final SettingsRepository settings;

    IndexAdminController(SearchIndex index, SearchablePosts posts, SettingsRepository settings) {
        this.index = index;
        this.posts = posts;
        this.settings = settings;
    }

    // GET /admin/search → the number of posts and pages in the index beside the number published, and the Rebuild button
    @GetMapping(PATH)
    ModelAndView show(Model model, CsrfToken csrf) {
        String message = model.getAttribute(MESSAGE) instanceof String done ? done : null;
        IndexAdminPage page = new IndexAdminPage(Layout.of(settings.site(), "Search index"), index.documents(),
                posts.countPublished(), message, FormToken.of(csrf));
        return new ModelAndView("search/admin", Map.of("page", page));
    }

    // POST /admin/search/rebuild → the index rebuilt from the database, 303 back to /admin/search saying how many and how long
    @PostMapping(PATH + "/rebuild")
    RedirectView rebuild(RedirectAttributes redirect) {
        SearchIndex.Rebuilt rebuilt = index.rebuild();
        redirect.addFlashAttribute(MESSAGE, "Rebuilt the search index: " + describe(rebuilt.documents()) + " in "
                + rebuilt.took().toMillis() + " ms.");
        return Redirects.seeOther(PATH);
    }

    static String describe(int documents) {
        return documents == 1 ? "one post or page" : documents + " posts and pages";
    }
}
