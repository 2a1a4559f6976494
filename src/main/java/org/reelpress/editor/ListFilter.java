package org.reelpress.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the posts or pages list shows: a status ("" for all but the trash), an author, a category,
 * a tag and a work (0 for any), words to search for, and a page. Junk reads as the defaults.
 */
public record ListFilter(PostType type, String status, long author, long category, long tag, long work, String search, int page) {

    public static final List<String> STATUSES = List.of("", "draft", "scheduled", "published", "private", "trash");
    static final int PER_PAGE = 20;

    public static ListFilter of(PostType type, String status, String author, String category, String tag, String work,
                         String q, String page) {
        return new ListFilter(type, status != null && STATUSES.contains(status) ? status : "", id(author), id(category), id(tag), id(work),
                q == null ? "" : q.strip().substring(0, Math.min(q.strip().length(), 200)), (int) Math.min(id(page), 100_000));
    }

    public ListFilter withStatus(String other) {
        return new ListFilter(type, other, author, category, tag, work, search, 1);
    }

    public ListFilter withPage(int number) {
        return new ListFilter(type, status, author, category, tag, work, search, number);
    }

    /** The list's address with this filter, leaving out what is at its default. */
    public String link() {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(type.listPath());
        List<Object[]> pairs = new ArrayList<>();
        pairs.add(new Object[]{"status", status});
        pairs.add(new Object[]{"author", author});
        pairs.add(new Object[]{"category", category});
        pairs.add(new Object[]{"tag", tag});
        pairs.add(new Object[]{"work", work});
        pairs.add(new Object[]{"q", search});
        pairs.add(new Object[]{"page", page > 1 ? page : 0});
        for (Object[] pair : pairs) {
            if (!Set.of("", 0L, 0).contains(pair[1])) {
                uri.queryParam((String) pair[0], pair[1]);
            }
        }
        return uri.encode().build().toUriString();
    }

    public String label(String statusName) {
        return statusName.isEmpty() ? "All" : Character.toUpperCase(statusName.charAt(0)) + statusName.substring(1);
    }

    private static long id(String value) {
        if (value == null || value.isBlank() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        return Long.parseLong(value);
    }
}
