package org.reelpress.comment;

/**
 * Which page of a discussion is shown, of how many, and the addresses of the others. Pages are
 * numbered from the oldest top-level comments, as WordPress numbers them, whichever order the blog
 * shows: a comment's page address does not change as the discussion grows. The review's own
 * address shows the first page when the oldest comments come first, and the last page when the
 * newest do; every other page is at {@code comment-page-N/} under it.
 */
public record CommentPages(int number, int pages, boolean newestFirst, String permalink) {

    /** How many pages {@code topLevel} approved threads fill, at least one. */
    static int count(int topLevel, int perPage) {
        return Math.max(1, (topLevel + perPage - 1) / perPage);
    }

    /** The page a thread lands on when {@code atOrBefore} approved threads start at or before it. */
    static int holding(int atOrBefore, int perPage) {
        return Math.max(1, (atOrBefore + perPage - 1) / perPage);
    }

    /** The page shown at the review's own address. */
    public int defaultPage() {
        return newestFirst ? pages : 1;
    }

    public String link(int page) {
        return page == defaultPage() ? permalink : permalink + "comment-page-" + page + "/";
    }

    /** This page's address: where its reply links and form send the reader back. */
    public String current() {
        return link(number);
    }

    public boolean paged() {
        return pages > 1;
    }

    public boolean hasOlder() {
        return number > 1;
    }

    public boolean hasNewer() {
        return number < pages;
    }

    public String older() {
        return link(number - 1);
    }

    public String newer() {
        return link(number + 1);
    }

    /** A page number from an address: digits naming an existing page, or nothing. */
    static Integer parse(String requested, int pages) {
        if (requested == null || requested.isEmpty() || requested.length() > 9
                || !requested.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        int page = Integer.parseInt(requested);
        return page < 1 || page > pages ? null : page;
    }
}
