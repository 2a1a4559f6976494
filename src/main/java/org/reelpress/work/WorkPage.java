package org.reelpress.work;

import java.util.List;

import org.reelpress.media.Picture;
import org.reelpress.site.Layout;
import org.reelpress.site.Paging;
import org.reelpress.site.SiteSettings;

/** A work's public page: its details, its poster (or null) and a page of the reviews of it. */
public record WorkPage(Layout layout, Work work, Picture poster, List<WorkReview> reviews, Paging paging, int total) {

    public String permalink(WorkReview review) {
        SiteSettings site = layout.site();
        return site.permalink(review.id(), review.slug(), review.publishedAt());
    }

    /** "Directed by", "Created by", "Written by" */
    public String makerLabel() {
        return switch (work.kind()) {
            case FILM -> "Directed by";
            case SERIES -> "Created by";
            case BOOK -> "Written by";
        };
    }
}
