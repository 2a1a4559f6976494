package org.reelpress.comment;

import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Which comments a moderator is looking at: a status ("all" for every one), a post (0 for every
 * one), words to search for, and a page. Anything that does not parse reads as the default.
 */
public record ModerationFilter(String status, long postId, String search, int page) {

    public static final List<String> STATUSES = List.of("pending", "approved", "spam", "trash", "all");
    public static final String PATH = "/admin/comments";
    private static final int MAX_SEARCH = 200;

    static ModerationFilter of(String status, String post, String search, String page) {
        String chosen = status != null && STATUSES.contains(status.strip().toLowerCase(Locale.ROOT)) ? status.strip().toLowerCase(Locale.ROOT) : "pending";
        String words = search == null ? "" : search.strip();
        return new ModerationFilter(chosen, CommentPosting.parseId(post).orElse(0L),
                words.length() > MAX_SEARCH ? words.substring(0, MAX_SEARCH) : words,
                CommentPosting.parseId(page).filter(n -> n < Integer.MAX_VALUE).orElse(1L).intValue());
    }

    String statusColumn() {
        return status;
    }

    public ModerationFilter withStatus(String other) {
        return new ModerationFilter(other, postId, search, 1);
    }

    ModerationFilter withPage(int other) {
        return new ModerationFilter(status, postId, search, other);
    }

    public ModerationFilter onPost(long id) {
        return new ModerationFilter(status, id, search, 1);
    }

    public ModerationFilter withoutPost() {
        return new ModerationFilter(status, 0, search, 1);
    }

    /** The list's address with these filters, leaving out those at their defaults. */
    public String link() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(PATH).queryParam("status", status);
        if (postId != 0) {
            uri.queryParam("post", postId);
        }
        if (!search.isEmpty()) {
            // as a variable, so that every character of the words is encoded, "+" and "&" too
            uri.queryParam("q", "{q}");
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().buildAndExpand(Map.of("q", search)).toUriString();
    }
}
