package org.reelpress.editor;

import java.util.List;
import java.util.Map;

import org.reelpress.site.Layout;
import org.reelpress.site.Paging;
import org.reelpress.site.SettingsRepository;
import org.reelpress.site.SiteSettings;
import org.reelpress.web.FormToken;
import org.reelpress.web.Redirects;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/** The lists of posts and of pages, with their filters, search, paging and bulk actions. */
@Controller
class PostsController {

    private static final String MESSAGE = "listMessage";

    private final PostListing listing;
    private final PostActions actions;
    private final CurrentWriter writers;
    private final SettingsRepository settings;

    PostsController(PostListing listing, PostActions actions, CurrentWriter writers, SettingsRepository settings) {
        this.listing = listing;
        this.actions = actions;
        this.writers = writers;
        this.settings = settings;
    }

    // GET /admin/{posts|pages}  ?status, author, category, tag, work (ids), q, page → 20 a page, newest first,
    // with the count in each status; junk reads as the defaults
    @GetMapping("/admin/{type:posts|pages}")
    ModelAndView list(@PathVariable String type, @RequestParam(required = false) String status,
                      @RequestParam(required = false) String author, @RequestParam(required = false) String category,
                      @RequestParam(required = false) String tag, @RequestParam(required = false) String work,
                      @RequestParam(required = false) String q, @RequestParam(required = false) String page,
                      Model model, CsrfToken csrf) {
        PostType kind = type(type);
        ListFilter filter = ListFilter.of(kind, status, author, category, tag, work, q, page);
        Map<String, Integer> counts = listing.counts(filter);
        Paging paging = Paging.of(String.valueOf(filter.page()), counts.get(filter.status()), ListFilter.PER_PAGE,
                kind.listPath());
        ListFilter shown = filter.withPage(paging.number());
        SiteSettings site = settings.site();
        PostsPage view = new PostsPage(Layout.of(site, kind.plural()), shown,
                listing.page(shown, paging.offset(ListFilter.PER_PAGE), ListFilter.PER_PAGE), counts, paging,
                listing.authors(), listing.terms("category"), listing.terms("tag"), listing.works(),
                (String) model.getAttribute(MESSAGE), site, FormToken.of(csrf));
        return new ModelAndView("editor/posts", Map.of("page", view));
    }

    // POST /admin/{posts|pages}/bulk  form: ids (many), action (publish|trash|restore|delete), back (the list's address)
    // → 303 back to the list saying how many were changed; delete only takes posts in the trash
    @PostMapping("/admin/{type:posts|pages}/bulk")
    RedirectView bulk(@PathVariable String type, @RequestParam(required = false) List<String> ids,
                      @RequestParam(required = false) String action, @RequestParam(required = false) String back,
                      RedirectAttributes redirect) {
        PostType kind = type(type);
        List<Long> chosen = FormReading.ids(ids == null ? List.of() : ids);
        String message = PostAction.named(action)
                .map(a -> chosen.isEmpty() ? "Tick the " + kind.lowerLabel() + "s to " + a.label().toLowerCase() + " first."
                        : actions.apply(a, kind, chosen, writers.get()))
                .orElse("Choose what to do with the ticked " + kind.lowerLabel() + "s.");
        redirect.addFlashAttribute(MESSAGE, message);
        boolean sameList = back != null && back.startsWith(kind.listPath()) && !back.startsWith("//");
        return Redirects.seeOther(sameList ? back : kind.listPath());
    }

    private static PostType type(String segment) {
        return PostType.ofSegment(segment).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
