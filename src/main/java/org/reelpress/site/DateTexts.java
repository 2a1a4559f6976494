package org.reelpress.site;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import gg.jte.html.escape.Escape;
import gg.jte.output.StringOutput;
import org.reelpress.cache.LossyCache;
import org.reelpress.web.Utf8Html;

/**
 * Dates as pages show them, in the writer's patterns, language and time zone. A review shows one
 * for each of its comments, and formatting with a pattern costs microseconds (month names looked
 * up, text built piece by piece) where looking a finished text up costs a hash: the texts of the
 * most recently shown instants are kept, and so are the time elements pages show them in, as the
 * bytes a page is written in. They depend on nothing but their key, so none goes stale: a changed
 * pattern, language or zone is another formatter or zone, and so another key.
 */
final class DateTexts {

    /** A date pattern, and a time pattern shown after it with "at", or null for the date alone. */
    private record Pattern(String language, String date, String time) {

        DateTimeFormatter formatter() {
            return DateTimeFormatter.ofPattern(time == null ? date : date + " 'at' " + time, Locale.forLanguageTag(language));
        }
    }

    /** Formatters are compared by identity: one per pattern and language, kept below. */
    private record Shown(DateTimeFormatter formatter, ZoneId zone, Instant instant) {

        String text() {
            return formatter.format(instant.atZone(zone));
        }
    }

    /*
     * Parsing a pattern costs more than formatting with it; formatters are immutable, so one per
     * pattern and language serves every request. The writer chooses the patterns, so there are
     * few; the map is emptied should that ever change.
     */
    private static final Map<Pattern, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();
    // pages show dates in time elements; the texts alone are for messages and the writer's screens
    private static final LossyCache<Shown, Utf8Html> ELEMENTS = new LossyCache<>(32_768);
    private static final LossyCache<Shown, String> TEXTS = new LossyCache<>(1_024);

    private DateTexts() {
    }

    /** {@code instant} in the patterns {@code date}, then {@code time} after "at" (null: the date alone). */
    static String format(Instant instant, String date, String time, String language, ZoneId zone) {
        return TEXTS.get(shown(instant, date, time, language, zone), Shown::text);
    }

    /**
     * {@link #format}'s text in a time element whose datetime is the instant for machines, ISO 8601
     * in UTC as {@link Instant#toString()} writes it, whatever the writer's zone.
     */
    static Utf8Html element(Instant instant, String date, String time, String language, ZoneId zone) {
        return ELEMENTS.get(shown(instant, date, time, language, zone), DateTexts::build);
    }

    private static Utf8Html build(Shown shown) {
        StringOutput html = new StringOutput();
        html.writeContent("<time datetime=\"" + shown.instant() + "\">");
        Escape.htmlContent(shown.text(), html);
        html.writeContent("</time>");
        return Utf8Html.of(html.toString());
    }

    private static Shown shown(Instant instant, String date, String time, String language, ZoneId zone) {
        return new Shown(formatter(new Pattern(language, date, time)), zone, instant);
    }

    private static DateTimeFormatter formatter(Pattern key) {
        DateTimeFormatter formatter = FORMATTERS.get(key);
        if (formatter == null) {
            if (FORMATTERS.size() > 64) {
                FORMATTERS.clear();
            }
            formatter = FORMATTERS.computeIfAbsent(key, Pattern::formatter);
        }
        return formatter;
    }
}
