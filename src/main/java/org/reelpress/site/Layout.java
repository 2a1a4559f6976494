package org.reelpress.site;

/**
 * What every page's frame needs: the blog's settings and this page's title and description.
 * A null title means the front page.
 */
public record Layout(SiteSettings site, String title, String description) {

    public static Layout of(SiteSettings site, String title) {
        return new Layout(site, title, null);
    }

    public String documentTitle() {
        return title == null ? site.title() + " — " + site.tagline() : title + " — " + site.title();
    }
}
