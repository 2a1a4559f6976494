package org.reelpress.post;

import java.time.ZoneId;
import java.util.List;

import org.reelpress.site.Layout;
import org.reelpress.site.Paging;

/** A page of reviews: the front page or an archive. {@code heading} is null on the front page. */
public record ListPage(Layout layout, String heading, List<PostSummary> posts, Paging paging, ZoneId zone) {

    public String permalink(PostSummary post) {
        return Permalinks.of(zone, post.slug(), post.publishedAt());
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
