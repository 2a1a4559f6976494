package org.reelpress.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.reelpress.post.Slugs;

/**
 * What a reader asked for: words (as typed, composed and cut to a sane length), and optionally
 * a category, tag or work slug to narrow to, and a page of results from 1.
 */
record SearchRequest(String words, String category, String tag, String work, int page) {

    SearchRequest {
        words = shortened(Documents.normalized(words).strip());
        category = slug(category);
        tag = slug(tag);
        work = slug(work);
        page = Math.max(1, page);
    }

    List<Term> filters() {
        List<Term> filters = new ArrayList<>();
        if (category != null) {
            filters.add(Documents.filedTerm("category", category));
        }
        if (tag != null) {
            filters.add(Documents.filedTerm("tag", tag));
        }
        if (work != null) {
            filters.add(Documents.filedTerm("work", work));
        }
        return filters;
    }

    private static String slug(String value) {
        return value == null || value.isBlank() || value.length() > 400 ? null : Slugs.normalize(value.strip());
    }

    private static String shortened(String words) {
        if (words.length() <= SearchQuery.MAX_CHARS) {
            return words;
        }
        int end = SearchQuery.MAX_CHARS;
        return words.substring(0, Character.isHighSurrogate(words.charAt(end - 1)) ? end - 1 : end);
    }
}
