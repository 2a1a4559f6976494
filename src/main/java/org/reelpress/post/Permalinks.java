package org.reelpress.post;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.web.util.UriUtils;

/** WordPress-style addresses: /2013/01/7번방의-선물/, the date in the blog's time zone, the slug percent-encoded. */
public final class Permalinks {

    private Permalinks() {
    }

    public static String of(ZoneId zone, String slug, Instant publishedAt) {
        ZonedDateTime local = publishedAt.atZone(zone);
        return "/%04d/%02d/%s/".formatted(local.getYear(), local.getMonthValue(),
                UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8));
    }

    /** A page's address: /about/, at the top of the blog, with no date. */
    public static String ofPage(String slug) {
        return "/" + UriUtils.encodePathSegment(slug, StandardCharsets.UTF_8) + "/";
    }

    public static String ofTerm(Term term) {
        return "/" + term.taxonomy().urlPrefix() + "/" + UriUtils.encodePathSegment(term.slug(), StandardCharsets.UTF_8) + "/";
    }
}
