package org.reelpress.wordpress;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.reelpress.site.ReelpressProperties;
import org.reelpress.site.SettingsRepository;
import org.reelpress.site.SiteSettings;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The blog as the API names it: its absolute address (the configured site URL, else the address
 * the request came in on) and WordPress's two date fields, local time and GMT, both without offset.
 */
@Component
class RestSite {

    static final String API = "/wp-json";
    static final String V2 = API + "/wp/v2";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final ReelpressProperties properties;
    private final SettingsRepository settings;

    RestSite(ReelpressProperties properties, SettingsRepository settings) {
        this.properties = properties;
        this.settings = settings;
    }

    /** "https://blog.example" with no trailing slash. */
    String base() {
        if (!properties.siteUrl().isEmpty()) {
            return properties.siteUrl();
        }
        return withoutTrailingSlashes(ServletUriComponentsBuilder.fromCurrentContextPath().replaceQuery(null).build().toUriString());
    }

    /** As {@link #base()}, for code that runs before the request is bound to the thread (a servlet filter). */
    String base(HttpServletRequest request) {
        if (!properties.siteUrl().isEmpty()) {
            return properties.siteUrl();
        }
        return withoutTrailingSlashes(ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString());
    }

    // every page's Link header comes through here: no regular expression compiled for it each time
    private static String withoutTrailingSlashes(String address) {
        int end = address.length();
        while (end > 0 && address.charAt(end - 1) == '/') {
            end--;
        }
        return address.substring(0, end);
    }

    String url(String path) {
        return base() + path;
    }

    /** An absolute address of the API, such as {@code …/wp-json/wp/v2/posts/7}. */
    String api(String route) {
        return base() + V2 + route;
    }

    SiteSettings site() {
        return settings.site();
    }

    ZoneId zone() {
        return site().zone();
    }

    String local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone()).format(DATE);
    }

    String gmt(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).format(DATE);
    }

    /** A link in {@code _links}: {@code [{"href": …}]}. */
    static List<Map<String, Object>> link(String href) {
        return List.of(Map.of("href", href));
    }

    /** A link a client may ask to have embedded with {@code _embed}. */
    static Map<String, Object> embeddable(String href) {
        return Map.of("embeddable", true, "href", href);
    }

    /** The same address for each of WordPress's three avatar sizes. */
    static Map<String, String> avatars(String href) {
        return Map.of("24", href, "48", href, "96", href);
    }
}
