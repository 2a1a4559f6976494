package org.reelpress.site;

/** A {@code <link>} a page adds to its head, such as the feed of its comments. */
public record HeadLink(String rel, String type, String title, String href) {

    public static HeadLink atomFeed(String title, String href) {
        return new HeadLink("alternate", "application/atom+xml", title, href);
    }
}
