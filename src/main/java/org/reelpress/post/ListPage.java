package org.reelpress.post;

import java.util.List;

import org.reelpress.site.Layout;
import org.reelpress.site.Paging;
import org.reelpress.site.SiteSettings;

/** A page of reviews: the front page or an archive. {@code heading} is null on the front page. */
public record ListPage(Layout layout, String heading, List<PostSummary> posts, Paging paging, SiteSettings site) {

    public String permalink(PostSummary post) {
        return Permalinks.of(site, post.id(), post.slug(), post.publishedAt());
    }

    /** "No thoughts yet", "One thought", "4 thoughts": the count as a link text. */
    public static String thoughts(int count) {
        return switch (count) {
            case 0 -> "No thoughts yet";
            case 1 -> "One thought";
            default -> count + " thoughts";
        };
    }
}
