package org.reelpress.wordpress;

import static org.reelpress.wordpress.RestSite.embeddable;
import static org.reelpress.wordpress.RestSite.link;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.reelpress.post.Permalinks;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriUtils;

/** A post or page in the fields and order of WordPress's post schema (context "view"). */
@Component
class RestPostShapes {

    private final RestSite site;

    RestPostShapes(RestSite site) {
        this.site = site;
    }

    /** The route a type is listed at: "posts" or "pages". */
    static String route(String type) {
        return "page".equals(type) ? "pages" : "posts";
    }

    String permalink(RestPost post) {
        if ("page".equals(post.type())) {
            return site.url("/" + UriUtils.encodePathSegment(post.slug(), StandardCharsets.UTF_8) + "/");
        }
        return site.url(Permalinks.of(site.site(), post.id(), post.slug(), post.publishedAt()));
    }

    Map<String, Object> shape(RestPost post, Map<String, List<Long>> terms) {
        boolean page = "page".equals(post.type());
        String self = site.api("/" + route(post.type()) + "/" + post.id());
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", post.id());
        item.put("date", site.local(post.publishedAt()));
        item.put("date_gmt", site.gmt(post.publishedAt()));
        item.put("guid", Map.of("rendered", site.url("/?p=" + post.id())));
        item.put("modified", site.local(post.updatedAt()));
        item.put("modified_gmt", site.gmt(post.updatedAt()));
        item.put("slug", post.slug());
        item.put("status", "publish");
        item.put("type", post.type());
        item.put("link", permalink(post));
        item.put("title", Map.of("rendered", HtmlUtils.htmlEscape(post.title())));
        item.put("content", Map.of("rendered", post.html(), "protected", false));
        String excerpt = post.excerpt() == null || post.excerpt().isBlank() ? ""
                : "<p>" + HtmlUtils.htmlEscape(post.excerpt().strip()) + "</p>\n";
        item.put("excerpt", Map.of("rendered", excerpt, "protected", false));
        item.put("author", post.authorId());
        item.put("featured_media", 0);
        if (page) {
            item.put("parent", 0);
            item.put("menu_order", 0);
        }
        item.put("comment_status", post.commentsOpen() ? "open" : "closed");
        item.put("ping_status", "closed");
        if (!page) {
            item.put("sticky", false);
        }
        item.put("template", "");
        if (!page) {
            item.put("format", "standard");
        }
        item.put("meta", List.of());
        if (!page) {
            item.put("categories", terms.getOrDefault("category", List.of()));
            item.put("tags", terms.getOrDefault("tag", List.of()));
        }
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", link(self));
        links.put("collection", link(site.api("/" + route(post.type()))));
        links.put("about", link(site.api("/types/" + post.type())));
        links.put("author", List.of(embeddable(site.api("/users/" + post.authorId()))));
        links.put("replies", List.of(embeddable(site.api("/comments?post=" + post.id()))));
        if (!page) {
            links.put("wp:term", List.of(
                    Map.of("taxonomy", "category", "embeddable", true, "href", site.api("/categories?post=" + post.id())),
                    Map.of("taxonomy", "post_tag", "embeddable", true, "href", site.api("/tags?post=" + post.id()))));
        }
        item.put("_links", links);
        return item;
    }
}
