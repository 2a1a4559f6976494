package org.reelpress.web;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a page shown to readers is made of, said by the handler that renders it, so that the page
 * cache can keep it until one of those things changes. A page that names nothing is never cached.
 */
public final class PageTags {

    /** Every list of posts: the front page, archives, feeds, the sitemap. */
    public static final String LISTS = "lists";

    private static final String ATTRIBUTE = PageTags.class.getName();

    private PageTags() {
    }

    /** A post or page, with its discussion. */
    public static String post(long id) {
        return "post:" + id;
    }

    /** A work's own page: its details and the list of its reviews. */
    public static String work(long id) {
        return "work:" + id;
    }

    public static void add(HttpServletRequest request, String... tags) {
        of(request).addAll(Set.of(tags));
    }

    @SuppressWarnings("unchecked")
    public static Set<String> of(HttpServletRequest request) {
        Object tags = request.getAttribute(ATTRIBUTE);
        if (tags == null) {
            tags = new LinkedHashSet<String>();
            request.setAttribute(ATTRIBUTE, tags);
        }
        return (Set<String>) tags;
    }
}
