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

    // GET /?p=ID → 301 to the permalink of the post WordPress numbered ID (or, failing that, the post numbered ID here)
    @GetMapping(path = "/", params = "p")
    RedirectView post(@RequestParam String p) {
        return to(byId(p));
    }

    // GET /?page_id=ID → 301 to the page WordPress numbered ID
    @GetMapping(path = "/", params = "page_id")
    RedirectView page(@RequestParam("page_id") String pageId) {
        return to(byId(pageId).filter(found -> found.type().equals("page")));
    }

    // GET /YYYY/MM/DD/slug/ (WordPress's default dated address) → 301 to the post's permalink; unknown → 404
    @GetMapping({"/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug}/", "/{year:\\d{4}}/{month:\\d{2}}/{day:\\d{2}}/{slug}"})
    RedirectView dated(@PathVariable String slug) {
        return to(addresses.postBySlug(slug));
    }

    private Optional<OldAddressRepository.Found> byId(String id) {
        return id.strip().matches("\\d{1,18}") ? addresses.byId(Long.parseLong(id.strip())) : Optional.empty();
    }

    private RedirectView to(Optional<OldAddressRepository.Found> found) {
        OldAddressRepository.Found post = found.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String path = post.type().equals("page")
                ? "/" + UriUtils.encodePathSegment(post.slug(), StandardCharsets.UTF_8) + "/"
                : Permalinks.of(settings.site().zone(), post.slug(), post.publishedAt());
        return Redirects.movedPermanently(path);
    }
}
