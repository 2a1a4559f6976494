package org.reelpress.wordpress;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.reelpress.post.Permalinks;
import org.reelpress.site.SettingsRepository;
import org.reelpress.web.Redirects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriUtils;

/**
 * The addresses an imported WordPress blog had, moved for good to the posts' addresses here, so
 * that links from elsewhere and search engines follow: {@code /?p=ID}, {@code /?page_id=ID} and
 * {@code /YYYY/MM/DD/slug/}. Only published posts and pages are found; anything else is 404.
 * A page goes to WordPress's address for it, {@code /slug/}.
 */
@Controller
class OldAddresses {

    private final OldAddressRepository addresses;
    private final SettingsRepository settings;

    OldAddresses(OldAddressRepository addresses, SettingsRepository settings) {
        this.addresses = addresses;
        this.settings = settings;
    }

    // GET /?p=ID → 301 to the permalink of the post WordPress numbered ID (or, when no import had an ID, the post
    // numbered ID here); an ID that is not a number → the front page, as WordPress ignores it; unknown → 404
    @GetMapping(path = "/", params = {"p", "!s", "!page_id"})
    ModelAndView post(@RequestParam String p) {
        return isId(p) ? new ModelAndView(to(addresses.byId(Long.parseLong(p.strip())))) : frontPage();
    }

    // GET /?page_id=ID → 301 to the page WordPress numbered ID; not a number → the front page; unknown → 404
    @GetMapping(path = "/", params = {"page_id", "!s"})
    ModelAndView page(@RequestParam("page_id") String pageId) {
        return isId(pageId) ? new ModelAndView(to(addresses.byId(Long.parseLong(pageId.strip()))
                .filter(found -> found.type().equals("page")))) : frontPage();
    }

    // GET /YYYY/MM/DD/slug (WordPress's dated address without its slash) → 301 to the post's permalink; unknown → 404.
    // With its slash the address is the blog's own "day and name" structure: PostController answers it, 301 when
    // another structure is chosen
    @GetMapping("/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug}")
    RedirectView dated(@PathVariable String slug) {
        return to(addresses.postBySlug(slug));
    }

    /** The front page's first page, the same page as "/" (a new one each time: Spring adds to what a handler returns). */
    private static ModelAndView frontPage() {
        return new ModelAndView("forward:/page/1/");
    }

    private static boolean isId(String id) {
        return id.strip().matches("\\d{1,18}");
    }

    private RedirectView to(Optional<OldAddressRepository.Found> found) {
        OldAddressRepository.Found post = found.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String path = post.type().equals("page")
                ? "/" + UriUtils.encodePathSegment(post.slug(), StandardCharsets.UTF_8) + "/"
                : Permalinks.of(settings.site(), post.id(), post.slug(), post.publishedAt());
        return Redirects.movedPermanently(path);
    }
}
