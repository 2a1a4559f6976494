package org.reelpress.wordpress;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

import org.reelpress.post.Permalinks;
import org.reelpress.post.Slugs;
import org.reelpress.site.SettingsRepository;
import org.reelpress.web.Redirects;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 */
@Controller
class OldAddresses {

    private record Found(String type, String slug, Instant publishedAt) {
    }

    private final JdbcClient db;
    private final SettingsRepository settings;

    OldAddresses(JdbcClient db, SettingsRepository settings) {
        this.db = db;
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
    RedirectView dated(@PathVariable String year, @PathVariable String month, @PathVariable String day,
                       @PathVariable String slug) {
        return to(db.sql("""
                SELECT type, slug, published_at FROM posts
                WHERE type = 'post' AND status = 'published' AND slug = :slug""")
                .param("slug", Slugs.normalize(slug)).query(OldAddresses::found).optional());
    }

    private Optional<Found> byId(String id) {
        if (!id.strip().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        long number = Long.parseLong(id.strip());
        Optional<Found> imported = db.sql("""
                SELECT p.type, p.slug, p.published_at FROM wordpress_posts w JOIN posts p ON p.id = w.post_id
                WHERE w.wp_id = :id AND p.status = 'published' ORDER BY w.source LIMIT 1""")
                .param("id", number).query(OldAddresses::found).optional();
        return imported.isPresent() ? imported : db.sql("""
                SELECT type, slug, published_at FROM posts WHERE id = :id AND status = 'published'""")
                .param("id", number).query(OldAddresses::found).optional();
    }

    private RedirectView to(Optional<Found> found) {
        Found post = found.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String path = post.type().equals("page")
                ? "/" + UriUtils.encodePathSegment(post.slug(), StandardCharsets.UTF_8) + "/"
                : Permalinks.of(settings.site().zone(), post.slug(), post.publishedAt());
        return Redirects.movedPermanently(path);
    }

    private static Found found(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Found(rs.getString("type"), rs.getString("slug"), Instant.ofEpochMilli(rs.getLong("published_at")));
    }
}
