package org.reelpress.site;

import java.util.ArrayList;
import java.util.List;

/**
 * What every page's frame needs: the blog's settings and this page's title and description.
 * A null title means the front page. {@code links} go in the head: feeds and the like.
 */
public record Layout(SiteSettings site, String title, String description, List<HeadLink> links) {

    public Layout {
        links = List.copyOf(links);
    }

    public Layout(SiteSettings site, String title, String description) {
        this(site, title, description, List.of());
    }

    public Layout with(HeadLink link) {
        List<HeadLink> more = new ArrayList<>(links);
        more.add(link);
        return new Layout(site, title, description, more);
    }

    public static Layout of(SiteSettings site, String title) {
        return new Layout(site, title, null);
    }

    public String documentTitle() {
        return title == null ? site.title() + " — " + site.tagline() : title + " — " + site.title();
    }
}
