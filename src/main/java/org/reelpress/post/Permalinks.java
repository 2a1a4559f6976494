package org.reelpress.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.reelpress.site.SiteSettings;
import org.springframework.web.util.UriUtils;

/** WordPress-style addresses, in the structure the blog's settings choose: /2013/01/7번방의-선물/ by default. */
public final class Permalinks {

    private Permalinks() {
    }

    public static String of(SiteSettings site, long id, String slug, Instant publishedAt) {
        return site.permalink(id, slug, publishedAt);
    }

    /** A page's address: /about/, at the top of the blog, with no date. */
    public static String ofPage(String slug) {
        return "/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8) + "/";
    }

    public static String ofTerm(Term term) {
        return "/" + term.taxonomy().urlPrefix() + "/" + UriUtils.encodePathSegment(term.slug(), StandardCharsets.UTF_8) + "/";
    }
}
