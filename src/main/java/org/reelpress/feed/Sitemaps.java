package org.reelpress.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the sitemap is split: one file per kind of page, and a kind with more addresses than one
 * file may hold (50,000 by the sitemaps protocol) spread over numbered files. A kind with no
 * addresses gets no file; the front page always has one, so the index is never empty.
 */
final class Sitemaps {

    static final int URLS_PER_FILE = 50_000;

    enum Kind {
        HOME, POSTS, PAGES, CATEGORIES, TAGS, WORKS;

        String slug() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Kind> ofSlug(String slug) {
            for (Kind kind : values()) {
                if (kind.slug().equals(slug)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    /** One sitemap file: addresses {@code offset} to {@code offset + limit} of its kind, in id order. */
    record Part(Kind kind, int number, int offset, int limit) {

        String path() {
            return "/sitemap-" + kind.slug() + "-" + number + ".xml";
        }
    }

    private Sitemaps() {
    }

    static List<Part> plan(Map<Kind, Integer> counts, int perFile) {
        List<Part> parts = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            int count = counts.getOrDefault(kind, 0);
            int files = (count + perFile - 1) / perFile;
            for (int n = 1; n <= files; n++) {
                parts.add(new Part(kind, n, (n - 1) * perFile, perFile));
            }
        }
        return parts;
    }

    /** The file named by an address such as {@code /sitemap-posts-2.xml}, if the plan has it. */
    static Optional<Part> find(List<Part> plan, String kind, int number) {
        return Kind.ofSlug(kind).flatMap(k -> plan.stream().filter(p -> p.kind() == k && p.number() == number).findFirst());
    }
}
