package org.reelpress.search;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.reelpress.post.Slugs;

/**
 * What a reader asked for: words (as typed, composed, without control characters and cut to a sane length), and optionally
 * a category, tag or work slug to narrow to, and a page of results from 1.
 */
record SearchRequest(String words, String category, String tag, String work, int page) {

    SearchRequest {
        words = shortened(printable(Documents.normalized(words)).strip());
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

    /** Control characters (NUL, escape...) read as spaces, and halves of a character without their other half are left out. */
    private static String printable(String words) {
        StringBuilder kept = new StringBuilder(words.length());
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < words.length() && Character.isLowSurrogate(words.charAt(i + 1))) {
                kept.append(c).append(words.charAt(++i));
            } else if (Character.isISOControl(c)) {
                kept.append(' ');
            } else if (!Character.isSurrogate(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    private static String shortened(String words) {
        if (words.length() <= SearchQuery.MAX_CHARS) {
            return words;
        }
        int end = SearchQuery.MAX_CHARS;
        return words.substring(0, Character.isHighSurrogate(words.charAt(end - 1)) ? end - 1 : end);
    }
}
