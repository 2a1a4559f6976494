package org.reelpress.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.reelpress.search.SearchResults.Outcome;
import org.reelpress.site.Layout;
import org.springframework.web.util.UriUtils;

/** The results page: the words kept in the box, the filters in force, a page of results and links to the others. */
public record SearchPage(Layout layout, SearchRequest request, SearchResults results, int perPage,
                         List<Filed> filters) {

    static final Map<String, String> PARAMETERS = Map.of("category", "category_name", "tag", "tag", "work", "work");
    private static final Map<String, String> LABELS = Map.of("category", "Category", "tag", "Tag", "work", "Work");

    public String words() {
        return request.words();
    }

    public List<SearchHit> hits() {
        return results.hits();
    }

    public String heading() {
        return words().isEmpty() ? "Search" : "Search results for “" + words() + "”";
    }

    /** What to tell the reader when there is nothing to show, or null when there are results. */
    public String message() {
        return switch (results.outcome()) {
            case NOTHING_ASKED -> "Type a word or two from a title, a work or a review.";
            case NO_WORDS -> "Those words are too common to search for. Try a more particular word, such as a title or a name.";
            case NOTHING_FOUND -> "Nothing found. Check the spelling, or try fewer or other words.";
            case FOUND -> results.hits().isEmpty() ? "There are no more results; go back to the first page." : null;
        };
    }

    public String count() {
        return results.outcome() != Outcome.FOUND ? "" : results.total() == 1 ? "One result" : results.total() + " results";
    }

    public int pages() {
        return Math.min(Search.MAX_PAGE, Math.max(1, (results.total() + perPage - 1) / perPage));
    }

    public int number() {
        return Math.min(request.page(), pages());
    }

    public String pageLink(int page) {
        return link(page, request.category(), request.tag(), request.work());
    }

    /** The same search, narrowed to {@code filed} as well. */
    public String narrowLink(Filed filed) {
        return link(1, filed.kind().equals("category") ? filed.slug() : request.category(),
                filed.kind().equals("tag") ? filed.slug() : request.tag(),
                filed.kind().equals("work") ? filed.slug() : request.work());
    }

    /** The same search without the filter on {@code kind}. */
    public String widenLink(String kind) {
        return link(1, kind.equals("category") ? null : request.category(), kind.equals("tag") ? null : request.tag(),
                kind.equals("work") ? null : request.work());
    }

    /** Where the results could be narrowed to, leaving out what they already are. */
    public List<Filed> narrowTo() {
        List<Filed> open = new ArrayList<>();
        for (Filed filed : results.narrowTo()) {
            if (filters.stream().noneMatch(f -> f.kind().equals(filed.kind()))) {
                open.add(filed);
            }
        }
        return open;
    }

    public static String label(Filed filed) {
        return LABELS.getOrDefault(filed.kind(), filed.kind());
    }

    public static String parameter(Filed filed) {
        return PARAMETERS.get(filed.kind());
    }

    private String link(int page, String category, String tag, String work) {
        StringBuilder link = new StringBuilder(page <= 1 ? "/" : "/page/" + page + "/");
        link.append("?s=").append(encode(words()));
        append(link, "category_name", category);
        append(link, "tag", tag);
        append(link, "work", work);
        return link.toString();
    }

    private static void append(StringBuilder link, String name, String value) {
        if (value != null) {
            link.append('&').append(name).append('=').append(encode(value));
        }
    }

    private static String encode(String value) {
        return UriUtils.encode(value, StandardCharsets.UTF_8);
    }
}
