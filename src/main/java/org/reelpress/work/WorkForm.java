package org.reelpress.work;

import java.text.Normalizer;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.reelpress.post.Slugs;

/**
 * The work form as typed, every field a string so that nothing is lost when it comes back with
 * problems. {@code poster} is a media id or empty.
 */
public record WorkForm(String kind, String title, String originalTitle, String year, String creator, String country,
                       String runtime, String slug, String poster, String posterAlt) {

    static final int EARLIEST_YEAR = 1870;
    static final int LONGEST_RUNTIME = 10_000;

    public WorkForm {
        kind = clean(kind).isEmpty() ? "film" : clean(kind);
        title = clean(title);
        originalTitle = clean(originalTitle);
        year = clean(year);
        creator = clean(creator);
        country = clean(country);
        runtime = clean(runtime);
        slug = clean(slug);
        poster = clean(poster);
        posterAlt = clean(posterAlt);
    }

    static WorkForm empty() {
        return new WorkForm("film", "", "", "", "", "", "", "", "", "");
    }

    static WorkForm of(Work work) {
        return new WorkForm(work.kind().column(), work.title(), orEmpty(work.originalTitle()),
                work.year() == null ? "" : String.valueOf(work.year()), orEmpty(work.creator()), orEmpty(work.country()),
                work.runtimeMinutes() == null ? "" : String.valueOf(work.runtimeMinutes()), work.slug(),
                work.posterId() == null ? "" : String.valueOf(work.posterId()), "");
    }

    /** What is wrong, by field name; empty when the form can be saved. */
    Map<String, String> problems(int thisYear) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!kind.equals("film") && !kind.equals("series") && !kind.equals("book")) {
            problems.put("kind", "Choose film, series or book.");
        }
        if (title.isEmpty()) {
            problems.put("title", "Give the work its title.");
        } else if (title.length() > 300) {
            problems.put("title", "Keep the title under 300 characters.");
        }
        if (originalTitle.length() > 300 || creator.length() > 300 || country.length() > 100) {
            problems.put(originalTitle.length() > 300 ? "originalTitle" : creator.length() > 300 ? "creator" : "country",
                    "That is longer than this field takes.");
        }
        Integer parsedYear = number(year);
        if (!year.isEmpty() && (parsedYear == null || parsedYear < EARLIEST_YEAR || parsedYear > thisYear + 10)) {
            problems.put("year", "Give the year as four digits, from " + EARLIEST_YEAR + " to " + (thisYear + 10) + ", or leave it empty.");
        }
        Integer minutes = number(runtime);
        if (!runtime.isEmpty() && (minutes == null || minutes < 1 || minutes > LONGEST_RUNTIME)) {
            problems.put("runtime", "Give the runtime in whole minutes, from 1 to " + LONGEST_RUNTIME + ", or leave it empty.");
        }
        if (!poster.isEmpty() && number(poster) == null) {
            problems.put("poster", "Choose a poster from the list.");
        }
        return problems;
    }

    NewWork toNewWork(String uniqueSlug, Long posterId) {
        return new NewWork(WorkKind.ofColumn(kind), uniqueSlug, title, nullIfEmpty(originalTitle), number(year),
                nullIfEmpty(creator), nullIfEmpty(country), number(runtime), posterId);
    }

    Long posterId() {
        return poster.isEmpty() ? null : number(poster).longValue();
    }

    /** The slug asked for, or one made from the title and year: "a-page-of-madness-1926". */
    String wantedSlug() {
        return slugOf(slug.isEmpty() ? title + (year.isEmpty() ? "" : " " + year) : slug);
    }

    /** A slug as stored: made like a post's, whatever was typed or came in the address. */
    static String slugOf(String text) {
        return Slugs.from(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
    }

    private static Integer number(String value) {
        if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(value);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String nullIfEmpty(String value) {
        return value.isEmpty() ? null : value;
    }
}
